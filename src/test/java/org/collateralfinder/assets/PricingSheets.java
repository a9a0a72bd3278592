package org.collateralfinder.assets;

import static org.collateralfinder.assets.SampleWorkbook.Column;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

/** The fictional price sheet workbook and the discount approval matrix, both from revenue operations. */
final class PricingSheets {

    private static final String AUTHOR = "Tom Okafor";
    private static final LocalDateTime Q3_PUBLISHED = LocalDateTime.of(2026, 6, 22, 12, 0);

    private PricingSheets() {
    }

    static SampleWorkbook priceSheet() {
        SampleWorkbook.Sheet priceList = new SampleWorkbook.Sheet(
                "Price List",
                "Northwind Analytics - Price Sheet Q3 2026",
                List.of("List prices in US dollars, effective July 1, 2026. Subscriptions are billed annually.",
                        "Enterprise tier includes a named customer success manager and a 99.95% availability SLA."),
                List.of(Column.text("SKU", 14), Column.text("Item", 30), Column.text("Includes", 60),
                        Column.text("Unit", 16), Column.usd("List price", 12)),
                List.of(
                        row("NWA-STR-M", "Starter plan", "Lakehouse, Connect (25 connectors), Pulse; 10 users, 2 TB; "
                                + "standard support", "per month", 1450),
                        row("NWA-GRW-M", "Growth plan", "All connectors, Forecast, natural-language questions; "
                                + "50 users, 20 TB", "per month", 4900),
                        row("NWA-ENT-M", "Enterprise plan", "All modules including Guard; unlimited users, 100 TB; "
                                + "private networking; 99.95% SLA", "per month, from", 12500),
                        row("NWA-FCST-ADD", "Northwind Forecast add-on", "Demand and failure forecasting for Starter",
                                "per month", 1100),
                        row("NWA-GRD-ADD", "Northwind Guard add-on", "Automatic masking, row-level security and "
                                + "seven-year audit logs for Growth", "per month", 1800),
                        row("NWA-STO-TB", "Additional storage", "Lakehouse storage beyond the plan allowance",
                                "per TB per month", 85),
                        row("NWA-USR-10", "User pack", "Ten additional named users for Starter or Growth",
                                "per month", 390),
                        row("NWA-SUP-PRM", "Premium Support", "24/7 cover, one-hour response target, named support "
                                + "engineer", "per month", 950),
                        row("NWA-ONB-QS", "QuickStart onboarding", "Dedicated solution engineer for 60 days, first "
                                + "production dashboard in three weeks", "one time", 9500)));
        SampleWorkbook.Sheet discounts = new SampleWorkbook.Sheet(
                "Discounts",
                "Standard discounts",
                List.of("Discounts combine by adding percentages, up to the approval limits in the Discount Approval "
                                + "Matrix."),
                List.of(Column.text("Discount", 32), Column.percent("Percent", 10), Column.text("Conditions", 70)),
                List.of(
                        row("One year prepaid", 0.08, "Full annual fee paid within 30 days of signature"),
                        row("Three-year commitment", 0.15, "Price locked for 36 months; annual invoicing"),
                        row("Volume: 100 to 249 users", 0.05, "Enterprise plan, named users"),
                        row("Volume: 250 or more users", 0.10, "Enterprise plan, named users"),
                        row("Nonprofit and education", 0.20, "Registered nonprofits and accredited schools only"),
                        row("Competitive displacement", 0.10, "Replacing Fabrikam Insights or Litware BI; "
                                + "proof of current contract required")));
        SampleWorkbook.Sheet terms = new SampleWorkbook.Sheet(
                "Terms",
                "Commercial terms",
                List.of(),
                List.of(Column.text("Topic", 24), Column.text("Standard term", 90)),
                List.of(
                        row("Payment", "Net 30 days from invoice date; credit card accepted up to $25,000"),
                        row("Renewal", "Automatic for the same term unless cancelled 60 days before the end date"),
                        row("Price protection", "Renewal increases capped at 7 percent per year"),
                        row("Currency", "USD; EUR and GBP price lists available from the deal desk on request"),
                        row("Proof of value", "30 days free of charge, one business question, up to three sources")));
        return new SampleWorkbook("Northwind Price Sheet Q3 2026", AUTHOR,
                "price sheet, list prices, SKUs, discounts, Q3 2026", Q3_PUBLISHED,
                List.of(priceList, discounts, terms));
    }

    static SampleWorkbook.Sheet discountApprovalMatrix() {
        return new SampleWorkbook.Sheet(
                "Discount Approval Matrix",
                "Discount Approval Matrix",
                List.of(),
                List.of(Column.text("Total discount", 28), Column.text("Approver", 36), Column.text("Maximum term", 14),
                        Column.text("Conditions", 70), Column.text("Turnaround", 16)),
                List.of(
                        row("0% to 10%", "Account Executive", "3 years",
                                "Standard terms, annual billing, no free months", "Immediate"),
                        row("10.1% to 20%", "Sales Manager", "3 years",
                                "Mutual action plan attached to the opportunity in the CRM", "1 business day"),
                        row("20.1% to 30%", "Regional Vice President", "3 years",
                                "Competitive deal or multi-year commitment; written business case", "2 business days"),
                        row("30.1% to 40%", "Chief Financial Officer and Deal Desk", "5 years",
                                "Strategic logo or displacement of Fabrikam Insights; reference commitment required",
                                "5 business days"),
                        row("Above 40%", "Not permitted", "n/a",
                                "Escalate to the Chief Revenue Officer only for public-sector tenders", "n/a"),
                        row("Payment terms beyond net 30", "Deal Desk", "any",
                                "Net 45 or net 60 only; net 90 needs CFO approval", "2 business days"),
                        row("Free months or extended pilots", "Regional Vice President", "any",
                                "At most two free months, never on renewals", "2 business days"),
                        row("Liability cap above 12 months of fees", "Legal and Deal Desk", "any",
                                "General Counsel signs off; never uncapped", "5 business days"),
                        row("Custom SLA above 99.95%", "VP Customer Success", "any",
                                "Enterprise plan only; service credits capped at 25 percent of the monthly fee",
                                "3 business days"),
                        row("Waiving the renewal price increase", "Regional Vice President", "1 year",
                                "Only for customers with a documented expansion plan", "2 business days"),
                        row("Partner-sourced deals", "Partner Manager and Sales Manager", "3 years",
                                "Partner margin counts toward the total discount; registered deals only",
                                "1 business day")));
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }
}
