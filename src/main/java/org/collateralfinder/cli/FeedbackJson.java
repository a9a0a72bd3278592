package org.collateralfinder.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.collateralfinder.feedback.AnswerNotice;
import org.collateralfinder.feedback.FeedbackEntry;
import org.collateralfinder.feedback.FeedbackLoop;
import org.collateralfinder.feedback.FeedbackReport;
import org.collateralfinder.feedback.FeedbackResponse;
import org.collateralfinder.feedback.KnownFile;
import org.collateralfinder.feedback.SearchGap;
import org.collateralfinder.feedback.SyncResult;

/** The JSON the feedback commands print: plain maps in a fixed key order, times as ISO-8601 UTC instants. */
final class FeedbackJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FeedbackJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Maps of plain values always serialize", e);
        }
    }

    /** An entry with its response: marketing's latest answer to it, or null. */
    static Map<String, Object> entry(FeedbackEntry entry, AnswerNotice answer) {
        Map<String, Object> json = entry(entry);
        json.put("response", answer == null ? null : response(answer));
        return json;
    }

    /** An answer; {@code fixed_by} is where the fixing file is now ({@link AnswerNotice#fixPath}), as the window links it. */
    static Map<String, Object> response(AnswerNotice answer) {
        FeedbackResponse response = answer.response();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", response.status().code());
        json.put("note", response.note());
        json.put("by", response.by());
        json.put("at", response.at().toString());
        json.put("fixed_by", answer.fixPath());
        return json;
    }

    static Map<String, Object> entry(FeedbackEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", entry.path());
        json.put("user", entry.user());
        json.put("tags", entry.tags());
        json.put("rating", entry.rating());
        json.put("comment", entry.comment());
        json.put("at", entry.given().toString()); // when it was given, also when it was given again after a withdrawal
        json.put("stage", entry.dealStage());
        json.put("industry", entry.industry());
        json.put("slides", entry.slides());
        json.put("hash", entry.contentHash());
        json.put("id", entry.id().toString());
        return json;
    }

    static Map<String, Object> syncResult(SyncResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("folder", result.folder().toString());
        json.put("reachable", result.reachable());
        json.put("writable", result.writable());
        json.put("published", result.published());
        json.put("queued", result.queued());
        json.put("logs_read", result.logsRead());
        json.put("merged", result.merged());
        json.put("already_known", result.alreadyKnown());
        json.put("skipped_lines", result.skippedLines());
        json.put("incomplete_lines", result.incompleteLines());
        json.put("warnings", result.warnings());
        json.put("answers_published", result.answersPublished());
        json.put("answers_merged", result.answersMerged());
        json.put("curations_published", result.curationsPublished());
        json.put("curations_merged", result.curationsMerged());
        json.put("search_gaps_published", result.searchGapsPublished());
        json.put("search_gaps_merged", result.searchGapsMerged());
        json.put("created", result.created());
        json.put("marker_restored", result.recognisedBy() != null);
        json.put("collections_published", result.collectionsPublished());
        json.put("collections_merged", result.collectionsMerged());
        return json;
    }

    static Map<String, Object> report(FeedbackReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("generated_at", report.generatedAt().toString());
        json.put("files", report.files().stream().map(FeedbackJson::file).toList());
        json.put("most_valued", paths(report.mostValued()));
        json.put("didnt_land", paths(report.didntLand()));
        json.put("flagged_outdated", paths(report.flaggedOutdated()));
        json.put("never_used", report.neverUsed().stream().map(FeedbackJson::knownFile).toList());
        json.put("no_longer_found", paths(report.noLongerFound()));
        json.put("loop", loop(report.loop()));
        json.put("search_gaps", report.searchGaps().stream().map(FeedbackJson::searchGap).toList());
        return json;
    }

    /** A query searched for and not found: {@code {"query": …, "count": n, "last": "2026-12-03", "found_nothing": m}}. */
    private static Map<String, Object> searchGap(SearchGap gap) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", gap.query());
        json.put("count", gap.count());
        json.put("last", gap.last().toString());
        json.put("found_nothing", gap.foundNothing());
        return json;
    }

    /** The loop's figures for all feedback, and per month the feedback was given in ({@code months}). */
    private static Map<String, Object> loop(FeedbackLoop loop) {
        Map<String, Object> json = figures(loop.total());
        List<Map<String, Object>> months = new ArrayList<>();
        loop.months().forEach((month, figures) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("month", month.toString());
            m.putAll(figures(figures));
            months.add(m);
        });
        json.put("months", months);
        return json;
    }

    private static Map<String, Object> figures(FeedbackLoop.Figures figures) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("received", figures.received());
        json.put("answered", figures.answered());
        json.put("median_days_to_answer", figures.medianDaysToAnswer());
        json.put("open_over_14_days", figures.openOver14Days());
        return json;
    }

    private static Map<String, Object> file(FeedbackReport.FileReport file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", file.path());
        json.put("hash", file.contentHash());
        json.put("entries", file.entries());
        json.put("found", file.found());
        json.put("tags", file.tagCounts());
        json.put("average_rating", file.averageRating());
        json.put("latest_comments", file.latestComments().stream().map(comment -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("user", comment.user());
            c.put("at", comment.at().toString());
            c.put("comment", comment.text());
            return c;
        }).toList());
        Map<String, Integer> perMonth = new LinkedHashMap<>();
        file.entriesPerMonth().forEach((month, count) -> perMonth.put(month.toString(), count));
        json.put("entries_per_month", perMonth);
        json.put("last_feedback_at", file.lastFeedbackAt().toString());
        json.put("boost", file.boost());
        json.put("slides", file.slides().stream().map(slide -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("slide", slide.slide());
            s.put("entries", slide.entries());
            s.put("tags", slide.tagCounts());
            return s;
        }).toList());
        // the tags given on some slides only, with those slides (the lists name them beside the file)
        json.put("tag_slides", new TreeMap<>(file.tagSlides()));
        // the other indexed files with the same content (identical copies): they share this feedback
        json.put("copies", file.copies());
        return json;
    }

    private static List<String> paths(List<FeedbackReport.FileReport> files) {
        return files.stream().map(FeedbackReport.FileReport::path).toList();
    }

    private static Map<String, Object> knownFile(KnownFile file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("path", file.path());
        json.put("hash", file.contentHash());
        return json;
    }
}
