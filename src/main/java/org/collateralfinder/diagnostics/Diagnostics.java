package org.collateralfinder.diagnostics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.collateralfinder.datadir.DataDirectory;
import org.collateralfinder.index.IndexReport;
import org.collateralfinder.index.IndexService;
import org.collateralfinder.index.Schema;
import org.collateralfinder.model.CollateralException;
import org.collateralfinder.model.IndexRunStats;
import org.collateralfinder.settings.TeamDefaults;
import org.collateralfinder.sources.Reachability;
import org.collateralfinder.sources.SourceRegistry;

/**
 * Gathers what support needs to know about one installation and data folder, as an ordered map (the
 * {@code diagnostics --json} shape) or as text: version, Java, operating system, installation, data
 * folder, team defaults, sources with their reachability, index size and schema, logs, the last run.
 * Counts and paths of configuration only: no document titles, names or text. Checking reachability
 * takes up to a few seconds per unreachable share, so call it off the FX thread.
 */
public final class Diagnostics {

    private final DataDirectory dir;
    private final List<SourceRegistry.SourceFolder> sources;
    private final TeamDefaults team;
    private final Reachability reachability;
    private Path teamFolder;

    public Diagnostics(DataDirectory dir, List<SourceRegistry.SourceFolder> sources, TeamDefaults team,
                       Reachability reachability) {
        this.dir = dir;
        this.sources = List.copyOf(sources);
        this.team = team;
        this.reachability = reachability;
    }

    /** The team feedback folder this computer publishes to (null: none set). */
    public Diagnostics withTeamFolder(Path folder) {
        this.teamFolder = folder;
        return this;
    }

    /**
     * Gathers everything.
     *
     * @param openIndex the index the app has open, or null to open the last commit read-only
     */
    public Map<String, Object> gather(IndexService openIndex) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("generated_at", Instant.now().toString());
        o.put("app", app());
        o.put("java", java());
        o.put("os", Map.of("name", System.getProperty("os.name", ""), "version", System.getProperty("os.version", ""),
                "arch", System.getProperty("os.arch", "")));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("path", dir.root().toString());
        data.put("free_bytes", dir.root().toFile().getUsableSpace());
        o.put("data_dir", data);
        o.put("team_defaults", team.present() ? team.describe() : null);
        o.put("team_folder", teamFolder == null ? null : teamFolder.toString());
        o.put("sources", sources());
        o.put("index", index(openIndex));
        o.put("logs", logs());
        o.put("last_run", lastRun());
        return o;
    }

    private static Map<String, Object> app() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", AppVersion.current());
        // set by the packaged app's launcher; absent when run with java -jar
        m.put("launcher", System.getProperty("jpackage.app-path"));
        String classPath = System.getProperty("java.class.path", "");
        m.put("class_path", classPath);
        String aot = null;
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("-XX:AOTCache=") || arg.startsWith("-XX:SharedArchiveFile=")) {
                aot = arg.substring(arg.indexOf('=') + 1);
            }
        }
        m.put("class_data_cache", aot);
        m.put("class_data_cache_present", aot != null && Files.isRegularFile(Path.of(aot)));
        return m;
    }

    private static Map<String, Object> java() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", Runtime.version().toString());
        m.put("vendor", System.getProperty("java.vendor", ""));
        m.put("home", System.getProperty("java.home", ""));
        m.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        m.put("processors", Runtime.getRuntime().availableProcessors());
        return m;
    }

    private List<Map<String, Object>> sources() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SourceRegistry.SourceFolder s : sources) {
            Reachability.MountCheck checked = reachability.firstReachable(s.mountPoints());
            Reachability.Check check = checked.check();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("path", s.path());
            m.put("state", check.state().id());
            m.put("reachable", check.state().available());
            m.put("reason", check.reason());
            m.put("checked_at", checked.mount().toString());
            m.put("check_ms", check.millis());
            m.put("aliases", s.aliases());
            m.put("excludes", s.excludes());
            list.add(m);
        }
        return list;
    }

    private Map<String, Object> index(IndexService openIndex) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", dir.indexDir().toString());
        m.put("schema_version_current", Schema.VERSION);
        IndexService index = openIndex;
        boolean opened = false;
        try {
            if (index == null) {
                if (!IndexService.exists(dir.indexDir())) {
                    m.put("documents", 0);
                    m.put("bytes", 0L);
                    m.put("note", "Nothing has been indexed yet.");
                    return m;
                }
                index = IndexService.openForReading(dir.indexDir());
                opened = true;
            }
            index.withSearcher(searcher -> {
                IndexReader reader = searcher.getIndexReader();
                m.put("documents", reader.numDocs());
                m.put("deleted_documents", reader.numDeletedDocs());
                m.put("segments", reader.leaves().size());
                if (reader instanceof DirectoryReader directoryReader) {
                    String stored = directoryReader.getIndexCommit().getUserData().get(Schema.VERSION_KEY);
                    m.put("schema_version", stored == null ? null : Integer.valueOf(stored));
                }
                return null;
            });
            m.put("bytes", index.sizeOnDisk());
            m.put("rebuilding", index.isRebuilding());
        } catch (IOException | CollateralException | NumberFormatException e) {
            m.put("error", e.getMessage());
        } finally {
            if (opened) {
                index.close();
            }
        }
        return m;
    }

    private Map<String, Object> logs() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("dir", dir.logsDir().toString());
        List<Map<String, Object>> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir.logsDir())) {
            list.filter(Files::isRegularFile).sorted().forEach(p -> {
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("name", p.getFileName().toString());
                try {
                    f.put("bytes", Files.size(p));
                    f.put("modified", Files.getLastModifiedTime(p).toInstant().toString());
                } catch (IOException e) {
                    f.put("error", e.getMessage());
                }
                files.add(f);
            });
        } catch (IOException e) {
            m.put("error", e.getMessage());
        }
        m.put("files", files);
        return m;
    }

    private Map<String, Object> lastRun() {
        IndexReport report = IndexReport.read(dir.root());
        IndexRunStats stats = report.lastRun();
        if (stats == null) {
            return null;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("finished_at", report.finishedAt());
        m.put("files", stats.files());
        m.put("added", stats.added());
        m.put("updated", stats.updated());
        m.put("removed", stats.removed());
        m.put("unchanged", stats.unchanged());
        m.put("failed", stats.failed());
        m.put("seconds", stats.seconds());
        m.put("cancelled", report.cancelled());
        m.put("skipped_paths", report.skipped().size());
        long notes = report.sources().stream().filter(r -> r.note() != null).count();
        m.put("sources_kept_while_missing", notes);
        return m;
    }

    /** The gathered facts as indented text, for a support e-mail or the About dialog. */
    @SuppressWarnings("unchecked")
    public static String toText(Map<String, Object> facts) {
        StringBuilder out = new StringBuilder();
        write(out, facts, "");
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder out, Map<String, Object> map, String indent) {
        for (Map.Entry<String, Object> e : map.entrySet()) {
            String label = e.getKey().replace('_', ' ');
            Object v = e.getValue();
            if (v instanceof Map<?, ?> nested) {
                out.append(indent).append(label).append(":\n");
                write(out, (Map<String, Object>) nested, indent + "  ");
            } else if (v instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Map<?, ?>) {
                out.append(indent).append(label).append(":\n");
                for (Object item : list) {
                    Map<String, Object> m = (Map<String, Object>) item;
                    out.append(indent).append("  -\n");
                    write(out, m, indent + "    ");
                }
            } else {
                out.append(indent).append(label).append(": ")
                        .append(v == null ? "—" : v instanceof List<?> l ? (l.isEmpty() ? "none" : String.join(", ",
                                l.stream().map(String::valueOf).toList())) : v)
                        .append('\n');
            }
        }
    }
}
