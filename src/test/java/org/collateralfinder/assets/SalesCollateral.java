package org.collateralfinder.assets;

import static org.collateralfinder.assets.SampleDocument.Section;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The fictional sales-enablement collateral: the retail pitch deck, the Fabrikam battlecard, the partner program
 * and the two versions of the pricing deck.
 */
final class SalesCollateral {

    private SalesCollateral() {
    }

    static SampleDocument retailPitchDeck() {
        return new SampleDocument(
                "Retail Analytics with Northwind",
                "Know what will sell before it sells",
                "Marcus Bell",
                "pitch deck, retail, demand forecasting, stockouts, promotions",
                LocalDateTime.of(2026, 5, 6, 10, 15),
                List.of(
                        Section.bullets("Retail has a timing problem",
                                "Store managers find out about stockouts from customers, not from data",
                                "Promotions are judged weeks after they end, when it is too late to adjust",
                                "Forecasts live in spreadsheets that one planner understands",
                                "Every empty shelf costs a grocer about 4 percent of the basket"),
                        Section.bullets("What Northwind does for retailers",
                                "Forecast demand by store, SKU and day with Northwind Forecast",
                                "Live shelf and sales dashboards that refresh every 30 seconds",
                                "Promotion lift measured while the promotion is still running",
                                "One governed source of truth for merchandising, supply chain and finance"),
                        Section.bullets("How it works",
                                "Connect point-of-sale, e-commerce, WMS and loyalty data in days with prebuilt "
                                        + "connectors",
                                "Land it in open Iceberg tables in Northwind Lakehouse",
                                "Train forecasts automatically and explain every number to planners",
                                "Push replenishment suggestions back to your ordering system"),
                        Section.of("Proof: Contoso Retail",
                                "412 grocery and home stores across the Midwest, live in 14 weeks.")
                                .withBullets(
                                        "23 percent fewer stockouts in the first season",
                                        "Forecast accuracy from 71 to 89 percent at store and SKU level",
                                        "$8.4 million less excess inventory in year one",
                                        "\"We finally argue about decisions instead of numbers.\" - Maria Delgado, VP "
                                                + "Supply Chain"),
                        Section.of("Why retailers choose Northwind over Fabrikam Insights")
                                .withTable(
                                        List.of("", "Northwind", "Fabrikam Insights"),
                                        List.of("Connectors", "180+ included", "$250 per connector per month"),
                                        List.of("Dashboard refresh", "Every 30 seconds", "Every 15 minutes"),
                                        List.of("Demand forecasting", "Built in (Growth and up)", "Third-party add-on"),
                                        List.of("Data format", "Open Apache Iceberg", "Proprietary")),
                        Section.bullets("Plans for retail teams",
                                "Growth: $4,900 per month for 50 users, Forecast included - the usual starting point "
                                        + "for regional chains",
                                "Enterprise: from $12,500 per month for national chains with unlimited users",
                                "QuickStart onboarding: $9,500 one time, live dashboards in three weeks"),
                        Section.bullets("Next steps",
                                "Pick one category and one region for a 30-day proof of value",
                                "Share 24 months of POS history and current on-hand inventory",
                                "Review forecast accuracy together in week four")));
    }

    static SampleDocument fabrikamBattlecard() {
        return new SampleDocument(
                "Battlecard: Northwind vs Fabrikam Insights",
                "Internal use only - how to position against our most frequent competitor",
                "Marcus Bell",
                "battlecard, competitor, Fabrikam Insights, objection handling, positioning",
                LocalDateTime.of(2026, 5, 20, 8, 45),
                List.of(
                        Section.of("Who they are",
                                "Fabrikam Insights is a BI and warehouse vendor based in Austin with roughly 2,000 "
                                        + "customers. It wins on brand recognition and a polished dashboard designer. "
                                        + "We meet Fabrikam in about 40 percent of competitive retail deals and 25 "
                                        + "percent of healthcare deals, and our win rate against them was 58 percent "
                                        + "in the last four quarters."),
                        Section.bullets("Where we win",
                                "Total cost: Fabrikam charges separately for every connector ($250 per connector per "
                                        + "month). A typical retailer with 14 sources pays $42,000 a year in connector "
                                        + "fees alone.",
                                "Freshness: Pulse refreshes every 30 seconds; Fabrikam dashboards refresh every 15 "
                                        + "minutes at best.",
                                "Forecasting is built into Northwind Growth and Enterprise; Fabrikam resells a "
                                        + "third-party forecasting tool.",
                                "Open data: our Iceberg tables can be read by any engine, so there is no lock-in."),
                        Section.bullets("Where they win",
                                "Their dashboard designer has more chart types and pixel-perfect printing.",
                                "Large finance teams already trained on Fabrikam may resist switching.",
                                "They have an on-premises edition; we are cloud only."),
                        Section.bullets("Questions to ask the prospect",
                                "How many data sources will you connect in the next two years, and what will each "
                                        + "connector cost?",
                                "How old is the data on your most important dashboard when a store manager looks at "
                                        + "it?",
                                "Who builds and maintains your forecasts today, and what happens when that person is "
                                        + "on holiday?"),
                        Section.of("Handling objections")
                                .withTable(
                                        List.of("They say", "We say"),
                                        List.of("Fabrikam is the safe choice.",
                                                "640 customers, SOC 2 Type II, ISO 27001 and a 124 percent net revenue "
                                                        + "retention rate. Ask for three references in your industry."),
                                        List.of("Fabrikam is cheaper.",
                                                "Compare three-year totals including connectors and forecasting. We "
                                                        + "are usually 20 to 35 percent lower."),
                                        List.of("We need on-premises.",
                                                "Ask why. Data residency and private networking usually answer the "
                                                        + "real concern.")),
                        Section.of("Proof points to use",
                                "Contoso Retail moved from Fabrikam to Northwind in 2025 and cut stockouts by 23 "
                                        + "percent. Lakeside Regional Health evaluated both and chose Northwind for "
                                        + "automatic masking of protected health information.")));
    }

    static SampleDocument partnerProgram() {
        return new SampleDocument(
                "Northwind Partner Program 2026",
                "How resellers, consultancies and technology partners grow with Northwind Analytics",
                "Jamie Lindqvist",
                "partner program, reseller, margin, deal registration, certification",
                LocalDateTime.of(2026, 1, 12, 9, 0),
                List.of(
                        Section.of("Overview",
                                "The Northwind Partner Program rewards partners who resell, implement and extend the "
                                        + "Northwind Data Platform. It has three tiers, Registered, Silver and Gold, "
                                        + "based on certified people and annual sales. Tier status is reviewed every "
                                        + "January and July."),
                        Section.bullets("Partner tiers and benefits",
                                "Registered partners receive a 10 percent margin on resale, access to the partner "
                                        + "portal and the self-paced Northwind Foundations course.",
                                "Silver partners receive an 18 percent margin on resale, two free certification exams "
                                        + "per year and joint account planning. Requires two certified consultants and "
                                        + "$150,000 in annual sales.",
                                "Gold partners receive a 25 percent margin on resale, market development funds of up "
                                        + "to $40,000 per year, a named partner manager and early access to beta "
                                        + "features. Requires five certified consultants and $600,000 in annual "
                                        + "sales."),
                        Section.of("Deal registration",
                                "Register an opportunity in the partner portal before the first demo. Approved "
                                        + "registrations are protected for 90 days and earn an additional 5 percent "
                                        + "margin. Registrations can be extended once by 60 days if the customer is in "
                                        + "an active evaluation."),
                        Section.of("Certification",
                                "Northwind Certified Consultant exams cover Lakehouse modelling, Connect pipelines, "
                                        + "Pulse dashboards and Guard policies. Each exam costs $200, is taken online "
                                        + "and is valid for two years."),
                        Section.of("Contact",
                                "Write to partners@northwind-analytics.example or ask your partner manager. Program "
                                        + "terms are in the Northwind Partner Agreement, version 2026.1.")));
    }

    static SampleDocument pricingDeckDraft() {
        return pricingDeck(
                "Draft pricing for internal review only - not for customers",
                LocalDateTime.of(2026, 4, 8, 15, 20),
                new String[] {"$1,350", "$4,500", "from $11,900"},
                "Proposal: raise list prices 7 to 9 percent on July 1, 2026 and fold Forecast into Growth.",
                "Open question for the pricing committee: keep the 3-year discount at 15 percent or lower it to 12 "
                        + "percent?");
    }

    static SampleDocument pricingDeckFinal() {
        return pricingDeck(
                "Approved pricing effective July 1, 2026",
                LocalDateTime.of(2026, 6, 24, 17, 5),
                new String[] {"$1,450", "$4,900", "from $12,500"},
                "Approved by the pricing committee on June 19, 2026. Existing customers keep their current price until "
                        + "renewal.",
                "Multi-year discounts stay at 8 percent for one year prepaid and 15 percent for three years.");
    }

    private static SampleDocument pricingDeck(String subtitle, LocalDateTime created, String[] prices,
                                              String summary, String discountNote) {
        return new SampleDocument(
                "Northwind Pricing and Packaging 2026",
                subtitle,
                "Marcus Bell",
                "pricing, packaging, tiers, Starter, Growth, Enterprise, add-ons, discounts",
                created,
                List.of(
                        Section.of("Summary", summary)
                                .withBullets(
                                        "Three plans: Starter, Growth and Enterprise, all billed annually",
                                        "Lakehouse, Connect and Pulse in every plan",
                                        "Forecast included from Growth, Guard included in Enterprise"),
                        Section.of("List prices per month (USD)")
                                .withTable(
                                        List.of("Plan", "Price", "Users", "Storage"),
                                        List.of("Starter", prices[0], "10", "2 TB"),
                                        List.of("Growth", prices[1], "50", "20 TB"),
                                        List.of("Enterprise", prices[2], "Unlimited", "100 TB")),
                        Section.bullets("Add-ons",
                                "Northwind Forecast for Starter: $1,100 per month",
                                "Northwind Guard for Growth: $1,800 per month",
                                "Additional storage: $85 per TB per month",
                                "Premium Support 24/7: $950 per month",
                                "QuickStart onboarding: $9,500 one time"),
                        Section.of("Discounts and approvals", discountNote)
                                .withBullets(
                                        "Up to 10 percent: account executive",
                                        "Up to 20 percent: sales manager",
                                        "Up to 30 percent: regional vice president",
                                        "Above 30 percent: CFO and deal desk"),
                        Section.bullets("How to talk about price",
                                "Lead with the cost of the problem: stockouts, downtime or report preparation time",
                                "Compare three-year totals, including connectors and forecasting, never monthly list "
                                        + "prices alone",
                                "Offer the 30-day proof of value before discussing discounts")));
    }
}
