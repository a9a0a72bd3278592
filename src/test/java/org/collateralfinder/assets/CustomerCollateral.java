package org.collateralfinder.assets;

import static org.collateralfinder.assets.SampleDocument.Section;

import java.time.LocalDateTime;
import java.util.List;

/** The fictional customer-story and industry collateral: a retail case study, a healthcare one-pager, a webinar. */
final class CustomerCollateral {

    private CustomerCollateral() {
    }

    static SampleDocument contosoCaseStudy() {
        return new SampleDocument(
                "Case Study: Contoso Retail",
                "How a 412-store grocery and home chain cut stockouts by 23 percent with Northwind Forecast",
                "Elena Sorensen",
                "case study, retail, Contoso Retail, demand forecasting, stockouts, inventory",
                LocalDateTime.of(2026, 4, 14, 13, 0),
                List.of(
                        Section.of("At a glance")
                                .withTable(
                                        List.of("Customer", "Industry", "Stores", "Products", "Live in"),
                                        List.of("Contoso Retail", "Grocery and home goods", "412", "Northwind Growth, "
                                                + "Forecast, Pulse", "14 weeks")),
                        Section.of("The challenge",
                                "Contoso Retail operates 412 grocery and home stores across Ohio, Indiana, Michigan "
                                        + "and Illinois. Its replenishment forecasts were built weekly in spreadsheets "
                                        + "by a team of six planners, using sales data that was already three days old "
                                        + "when it reached them. Fresh categories ran out by Saturday afternoon, while "
                                        + "slow-moving home goods piled up in the distribution centre in Columbus.",
                                "A previous project on Fabrikam Insights produced attractive dashboards but no "
                                        + "forecasts, and connector fees for 14 data sources had grown to $42,000 a "
                                        + "year."),
                        Section.of("The solution",
                                "Contoso chose Northwind Growth with Northwind Forecast after a 30-day proof of value "
                                        + "on the dairy category in 40 Ohio stores. Northwind Connect brought in "
                                        + "point-of-sale data from every store, the Manhattan warehouse system, the "
                                        + "loyalty program and local weather feeds. Forecasts are produced every night "
                                        + "for each store, SKU and day for the next 21 days, and planners review only "
                                        + "the exceptions that Northwind flags.")
                                .withBullets(
                                        "Week 1 to 4: proof of value in dairy, 40 stores",
                                        "Week 5 to 10: rollout to all fresh categories and all 412 stores",
                                        "Week 11 to 14: home goods, promotion measurement and store dashboards in "
                                                + "Pulse"),
                        Section.of("The results",
                                "In the first full season, Contoso Retail cut stockouts by 23 percent across 412 "
                                        + "stores. Forecast accuracy at store and SKU level rose from 71 to 89 "
                                        + "percent, and excess inventory fell by $8.4 million in the first year "
                                        + "without any loss in sales. Planners now spend their Mondays on supplier "
                                        + "negotiations instead of spreadsheet maintenance.",
                                "\"We finally argue about decisions instead of numbers. The store managers trust the "
                                        + "forecast because they can see why it says what it says.\" - Maria Delgado, "
                                        + "VP of Supply Chain, Contoso Retail"),
                        Section.of("What is next",
                                "Contoso is extending Northwind Forecast to labour scheduling in 2026, using the same "
                                        + "demand forecasts to plan staff hours for each store and department.")));
    }

    static SampleDocument healthcareOnePager() {
        return new SampleDocument(
                "Northwind for Healthcare: Compliance Built In",
                "Analytics on clinical and operational data without exposing patients",
                "Aisha Karim",
                "healthcare, HIPAA, compliance, PHI masking, Epic, one-pager",
                LocalDateTime.of(2026, 2, 18, 10, 0),
                List.of(
                        Section.of("The problem",
                                "Hospitals sit on rich data in their EHR, claims, scheduling and supply systems, but "
                                        + "every new report raises the same question: who is allowed to see what? "
                                        + "Quality teams wait weeks for extracts, and analysts work on copies of "
                                        + "patient data that nobody can track."),
                        Section.bullets("How Northwind helps",
                                "Northwind Guard masks protected health information automatically: names, medical "
                                        + "record numbers, dates of birth and free-text notes are masked unless a "
                                        + "policy grants access.",
                                "Prebuilt connectors for Epic Clarity and Caboodle, Oracle Health, HL7 v2 and FHIR R4.",
                                "Every query is logged with user, purpose and rows returned, and audit logs are kept "
                                        + "for seven years.",
                                "A HIPAA Business Associate Agreement is signed on every plan, and data stays in US "
                                        + "regions unless you choose otherwise.",
                                "Ready-made dashboards for CMS quality measures, readmissions, length of stay and "
                                        + "operating-room utilisation."),
                        Section.of("Proof: Lakeside Regional Health",
                                "Lakeside Regional Health runs five hospitals and 38 clinics in Wisconsin. With "
                                        + "Northwind Enterprise and Guard, its quality team cut the time to prepare "
                                        + "quarterly quality-measure reports from 9 days to 6 hours, and passed its "
                                        + "2025 HIPAA security risk assessment with no findings related to analytics.",
                                "\"Our analysts finally work on live data, and our privacy officer sleeps at night.\" "
                                        + "- Dr. Samuel Osei, Chief Medical Information Officer"),
                        Section.of("Get started",
                                "Ask your Northwind account team for the healthcare proof of value: 30 days, one "
                                        + "quality measure, your own data, under a signed BAA.")));
    }

    static SampleDocument manufacturingWebinar() {
        return new SampleDocument(
                "Manufacturing Quality Analytics Webinar",
                "From sensor data to fewer breakdowns: lessons from Tailspin Precision Parts",
                "Elena Sorensen",
                "webinar, manufacturing, predictive maintenance, quality, downtime, Tailspin",
                LocalDateTime.of(2026, 3, 25, 17, 0),
                List.of(
                        Section.bullets("Agenda",
                                "Why unplanned downtime is the most expensive line nobody sees",
                                "Tailspin Precision Parts: what they built and what they learned",
                                "Live demo: a failure-prediction model in Northwind Forecast",
                                "Questions and answers"),
                        Section.of("About Tailspin Precision Parts",
                                "Tailspin makes machined aluminium and steel components for automotive and aerospace "
                                        + "customers, with 210 CNC machines in three plants in Ohio and Tennessee."),
                        Section.bullets("What they built",
                                "Spindle load, vibration and temperature from every machine streamed into Northwind "
                                        + "Lakehouse through an MQTT connector",
                                "Failure-prediction models retrained weekly in Northwind Forecast",
                                "Shift dashboards in Northwind Pulse showing machines at risk in the next 72 hours",
                                "Scrap and rework tied back to machine, shift, tool and supplier lot"),
                        Section.bullets("Results after twelve months",
                                "Predictive maintenance reduced unplanned downtime by 31 percent",
                                "Scrap rate down from 3.8 to 2.6 percent of parts produced",
                                "Overall equipment effectiveness up from 64 to 73 percent",
                                "Payback in seven months on a Northwind Enterprise subscription"),
                        Section.bullets("Lessons learned",
                                "Start with the ten machines that cause most of the downtime, not with all 210",
                                "Involve maintenance technicians in labelling failures from the first week",
                                "Show the reason behind every alert, or operators will ignore it")));
    }
}
