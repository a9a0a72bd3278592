package org.collateralfinder.assets;

import static org.collateralfinder.assets.SampleDocument.Section;

import java.time.LocalDateTime;
import java.util.List;

/** The fictional product-marketing collateral: brochure, product overview, customer FAQ and release notes. */
final class ProductCollateral {

    private ProductCollateral() {
    }

    static SampleDocument brochure() {
        return new SampleDocument(
                "Northwind Data Platform 2026",
                "The data platform for retail, healthcare and manufacturing teams",
                "Priya Raman",
                "Northwind Data Platform, brochure, lakehouse, dashboards, forecasting, governance",
                LocalDateTime.of(2026, 3, 2, 9, 30),
                List.of(
                        Section.of("Your data, finally working together",
                                "Most companies we meet run on a patchwork: a warehouse nobody fully trusts, "
                                        + "dashboards that refresh overnight, forecasts built in spreadsheets, and a "
                                        + "compliance team that learns about new data sources after they go live. "
                                        + "Northwind Analytics replaces that patchwork with one governed platform from "
                                        + "raw data to decisions.",
                                "Founded in Portland, Oregon in 2017, Northwind Analytics now serves more than 640 "
                                        + "customers in 19 countries, from regional grocery chains to hospital "
                                        + "networks and tier-one automotive suppliers. Our customers connect their "
                                        + "first source in under an hour and typically run their first production "
                                        + "dashboard within three weeks."),
                        Section.bullets("Five modules, one platform",
                                "Northwind Lakehouse: open Apache Iceberg tables with a fast SQL engine, so every team "
                                        + "reads the same numbers and no data is locked into a proprietary format.",
                                "Northwind Connect: more than 180 prebuilt connectors, including Shopify, SAP S/4HANA, "
                                        + "Salesforce, Oracle NetSuite, Epic Clarity and common PLC historians.",
                                "Northwind Pulse: live dashboards that refresh every 30 seconds, with natural-language "
                                        + "questions for people who will never write SQL.",
                                "Northwind Forecast: machine-learning demand forecasts and predictive maintenance "
                                        + "models that your analysts can explain, tune and override.",
                                "Northwind Guard: row-level security, automatic masking of sensitive fields, lineage "
                                        + "and audit logs kept for seven years."),
                        Section.of("Built for your industry",
                                "Retail: forecast demand by store, SKU and day, spot stockouts before shelves go "
                                        + "empty, and measure promotions while they run. Contoso Retail cut stockouts "
                                        + "by 23 percent in its first season.",
                                "Healthcare: bring EHR, claims and scheduling data together under a signed Business "
                                        + "Associate Agreement. Guard masks protected health information by default, "
                                        + "so analysts see trends, not patients.",
                                "Manufacturing: stream sensor data from the shop floor, predict failures days ahead "
                                        + "and tie scrap and rework back to machines, shifts and suppliers. Tailspin "
                                        + "Precision Parts reduced unplanned downtime by 31 percent."),
                        Section.bullets("Results our customers report",
                                "4.2x faster time to insight compared with their previous warehouse and BI stack",
                                "89 percent forecast accuracy at store and SKU level for Contoso Retail, up from 71 "
                                        + "percent",
                                "From 9 days to 6 hours to prepare quarterly quality-measure reports at Lakeside "
                                        + "Regional Health",
                                "$8.4 million less excess inventory in the first year, with no loss in sales",
                                "Net revenue retention of 124 percent across our customer base in 2025"),
                        Section.of("Pricing at a glance",
                                "Every plan is billed annually and includes Lakehouse, Connect and Pulse. Prices below "
                                        + "are list prices per month in US dollars, effective July 1, 2026.")
                                .withTable(
                                        List.of("Plan", "Price per month", "Users", "Storage", "Highlights"),
                                        List.of("Starter", "$1,450", "10", "2 TB", "25 connectors, standard support"),
                                        List.of("Growth", "$4,900", "50", "20 TB", "All connectors, Forecast included"),
                                        List.of("Enterprise", "from $12,500", "Unlimited", "100 TB",
                                                "All modules, 99.95% SLA, named CSM")),
                        Section.of("Security and compliance",
                                "Northwind is SOC 2 Type II audited and ISO/IEC 27001 certified. We sign a HIPAA "
                                        + "Business Associate Agreement on every plan and offer data residency in the "
                                        + "United States, Canada, Frankfurt and Dublin. Customer data is encrypted at "
                                        + "rest with AES-256 and in transit with TLS 1.3, and Enterprise customers can "
                                        + "bring their own keys."),
                        Section.of("Start with a 30-day proof of value",
                                "Pick one business question, connect two or three sources, and our solution engineers "
                                        + "will help you answer it on your own data within 30 days, free of charge. "
                                        + "Write to sales@northwind-analytics.example or call +1 503 555 0142 to book "
                                        + "a discovery session.")));
    }

    static SampleDocument productOverview() {
        return new SampleDocument(
                "Northwind Data Platform - Product Overview",
                "Modules, architecture and deployment options for technical evaluators",
                "Priya Raman",
                "product overview, architecture, Lakehouse, Connect, Pulse, Forecast, Guard, deployment",
                LocalDateTime.of(2026, 1, 26, 14, 0),
                List.of(
                        Section.of("What the platform does",
                                "The Northwind Data Platform takes data from the systems a business already runs, "
                                        + "stores it in open formats, and puts governed answers in front of the people "
                                        + "who need them. It is a managed cloud service; customers do not install or "
                                        + "patch servers. This overview is written for architects, data engineers and "
                                        + "security reviewers who are evaluating the platform."),
                        Section.of("Northwind Lakehouse",
                                "Data lands in Apache Iceberg tables on object storage in the customer's chosen "
                                        + "region. The vectorised SQL engine scales compute separately from storage "
                                        + "and suspends itself after five idle minutes, so customers pay for queries, "
                                        + "not for idle clusters. Time travel keeps 30 days of table history by "
                                        + "default."),
                        Section.of("Northwind Connect",
                                "More than 180 prebuilt connectors handle authentication, incremental loads and schema "
                                        + "changes. Change data capture is available for PostgreSQL, SQL Server, "
                                        + "Oracle and MySQL. A connector SDK in Python lets partners build their own.")
                                .withBullets(
                                        "Retail: Shopify, Adobe Commerce, Oracle Retail, Manhattan WMS",
                                        "Healthcare: Epic Clarity and Caboodle, Oracle Health, HL7 v2 and FHIR R4 "
                                                + "feeds",
                                        "Manufacturing: OSIsoft PI, Ignition, SAP S/4HANA, MQTT brokers"),
                        Section.of("Northwind Pulse",
                                "Northwind Pulse refreshes dashboards every 30 seconds from streaming sources and "
                                        + "caches results for large audiences, so a store-operations dashboard can "
                                        + "serve 5,000 managers at once. Business users can ask questions in plain "
                                        + "English, and every generated answer shows the SQL behind it."),
                        Section.of("Northwind Forecast",
                                "Forecast trains demand, churn and failure-prediction models on Lakehouse tables with "
                                        + "no data movement. Each forecast comes with prediction intervals and the top "
                                        + "drivers behind it, and planners can override a number and record why."),
                        Section.of("Northwind Guard",
                                "Guard applies row-level and column-level policies in one place for SQL, dashboards "
                                        + "and exports. Sensitive fields such as names, card numbers and medical "
                                        + "record numbers are detected and masked automatically. Every query is logged "
                                        + "with user, purpose and rows returned, and logs are retained for seven "
                                        + "years."),
                        Section.of("Deployment and regions",
                                "The service runs on AWS, Microsoft Azure and Google Cloud. Customers choose a home "
                                        + "region at sign-up: US East, US West, Canada Central, Frankfurt or Dublin. "
                                        + "Enterprise plans add private networking through AWS PrivateLink or Azure "
                                        + "Private Link, customer-managed encryption keys, and a 99.95 percent "
                                        + "availability commitment.")
                                .withTable(
                                        List.of("Capability", "Starter", "Growth", "Enterprise"),
                                        List.of("Named users", "10", "50", "Unlimited"),
                                        List.of("Connectors", "25", "All", "All"),
                                        List.of("Forecast", "Add-on", "Included", "Included"),
                                        List.of("Guard", "Not available", "Add-on", "Included"),
                                        List.of("Private networking", "No", "No", "Yes"))));
    }

    static SampleDocument customerFaq() {
        return new SampleDocument(
                "Northwind Analytics Customer FAQ",
                "Answers to the questions customers ask most before and after they buy",
                "Northwind Customer Success",
                "FAQ, onboarding, data residency, pricing, support, security",
                LocalDateTime.of(2026, 6, 3, 11, 0),
                List.of(
                        Section.of("How long does onboarding take?",
                                "Most customers connect their first source on day one and put a production dashboard "
                                        + "in front of users within three weeks. The optional QuickStart package "
                                        + "($9,500, one time) adds a dedicated solution engineer for the first 60 "
                                        + "days."),
                        Section.of("Can we keep our data in the European Union?",
                                "Yes. Choose the Frankfurt and Dublin regions at sign-up and your data, backups and "
                                        + "logs stay in the EU. We offer a Data Processing Addendum with the EU "
                                        + "Standard Contractual Clauses for any support access from outside the EU."),
                        Section.of("Do you sign a HIPAA Business Associate Agreement?",
                                "Yes, on every plan, including Starter. Healthcare customers usually add Northwind "
                                        + "Guard so that protected health information is masked automatically."),
                        Section.of("What happens if we exceed our storage allowance?",
                                "Nothing stops working. Additional storage is billed at $85 per terabyte per month, "
                                        + "and your customer success manager will tell you before it appears on an "
                                        + "invoice."),
                        Section.of("Can we move from Growth to Enterprise in the middle of a contract?",
                                "Yes. Upgrades take effect immediately and are prorated to the end of your current "
                                        + "term. Downgrades take effect at renewal."),
                        Section.of("Which BI tools work with Northwind?",
                                "Besides Northwind Pulse, any tool that speaks JDBC, ODBC or the PostgreSQL wire "
                                        + "protocol can query the Lakehouse, including Tableau, Power BI, Looker and "
                                        + "Excel."),
                        Section.of("What support is included?",
                                "Standard support covers business hours in your region with a four-hour response "
                                        + "target for urgent issues. Premium Support ($950 per month) adds 24/7 cover "
                                        + "with a one-hour response target and a named support engineer."),
                        Section.of("Who owns our data and models?",
                                "You do. Tables are stored in open Apache Iceberg format, forecasts and models can be "
                                        + "exported, and if you leave we provide a full export at no charge within 30 "
                                        + "days of your request.")));
    }

    static SampleDocument releaseNotes() {
        return new SampleDocument(
                "Northwind Release Notes 2026",
                "What changed in the Northwind Data Platform this year",
                "Northwind Product Team",
                "release notes, 26.1, 26.2, 26.3, new features",
                LocalDateTime.of(2026, 5, 12, 16, 0),
                List.of(
                        Section.of("Release 26.2 (May 12, 2026)",
                                "Release 26.2 is available to all customers. Highlights:")
                                .withBullets(
                                        "Natural-language questions in Northwind Pulse are now generally available in "
                                                + "English, German and Spanish, with the generated SQL shown beside "
                                                + "every answer.",
                                        "Northwind Forecast adds hierarchical reconciliation, so store-level forecasts "
                                                + "add up to regional and national totals.",
                                        "Guard detects and masks US Social Security numbers, UK National Insurance "
                                                + "numbers and medical record numbers in free-text columns.",
                                        "New connectors: Manhattan Active WMS, Ignition 8.3, Oracle Health Millennium.",
                                        "Dashboards load 38 percent faster on average thanks to a new result cache."),
                        Section.of("Release 26.1 (February 10, 2026)",
                                "Release 26.1 focused on administration and cost control:")
                                .withBullets(
                                        "Compute budgets per workspace, with alerts at 80 and 100 percent of the "
                                                + "monthly budget.",
                                        "SCIM provisioning for Okta and Microsoft Entra ID.",
                                        "Iceberg time travel extended from 7 to 30 days on Growth and Enterprise "
                                                + "plans.",
                                        "Audit log export to Splunk and Microsoft Sentinel."),
                        Section.of("Planned for 26.3 (August 2026)",
                                "The following items are planned and may change before release:")
                                .withBullets(
                                        "Predictive maintenance templates for CNC machining and injection moulding.",
                                        "Frankfurt region for Northwind Forecast GPU training.",
                                        "Scheduled PDF reports from Pulse dashboards."),
                        Section.of("Deprecations",
                                "The legacy REST API v1 will be switched off on December 31, 2026. Please move "
                                        + "integrations to API v2; the migration guide is in the admin console under "
                                        + "Settings, then Developers.")
                                .withTable(
                                        List.of("Release", "Date", "Status"),
                                        List.of("26.1", "2026-02-10", "Released"),
                                        List.of("26.2", "2026-05-12", "Released"),
                                        List.of("26.3", "2026-08", "Planned"))));
    }
}
