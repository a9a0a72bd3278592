package org.collateralfinder.feedback;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.collateralfinder.model.CollateralException;

/**
 * Closing the loop: marketing answers the field's feedback (acknowledged, addressed, won't change, with a
 * note and, when addressed, the file that fixes it), and the rep who gave it is told. The window and the
 * command line both answer through {@link #respond} and read answers here.
 */
public final class FeedbackResponses {

    private final FeedbackDatabase database;
    private final FeedbackRepository repository;
    private final Clock clock;

    public FeedbackResponses(FeedbackDatabase database) {
        this(database, Clock.systemUTC());
    }

    /** @param clock the time answers are given at */
    public FeedbackResponses(FeedbackDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database);
        this.repository = new FeedbackRepository(database, clock);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * What marketing says about a file's feedback.
     *
     * @param file        the file whose feedback is answered: its path and content hash
     * @param rep         whose feedback is answered; empty: everyone's current feedback on the file
     * @param fixedBy     the path of the file that fixes it (for addressed), or null
     * @param fixedByHash that file's content hash, or null
     * @param by          who answers
     */
    public record Answer(KnownFile file, Optional<String> rep, ResponseStatus status, String note, String fixedBy,
                         String fixedByHash, String by) {
    }

    /**
     * Answers the current feedback on a file (one rep's, or everyone's) and queues the answers for the
     * team folder. Durable when this returns. The file's feedback is what {@code files} says belongs to it
     * ({@link FeedbackByFile#current}: also feedback given before it was edited in place), as the lists and
     * the window's feedback panel show it; the window and the command line both answer through here.
     *
     * <p>What was given is checked first (the note, the rep, whether there is feedback to answer), then
     * whether the team folder can be reached and this user may write its responses folder.
     *
     * @param files which feedback belongs to which file, for the index the file was found in
     * @throws InvalidFeedbackException when the answer is not valid, there is no feedback to answer, or this
     *                                  user may not write the team's responses folder
     * @throws CollateralException      when the team folder cannot be reached
     */
    public List<FeedbackResponse> respond(Answer answer, FeedbackByFile files, Path teamFolder) {
        FeedbackLimits.checkContentHash(answer.file().contentHash());
        FeedbackResponse.checkNoteAndFix(answer.status(), answer.note(), answer.fixedBy());
        answer.rep().ifPresent(rep -> FeedbackLimits.checkLabel("rep's name", rep, FeedbackLimits.MAX_USER_CHARS, true));
        FeedbackLimits.checkLabel("responder's name", answer.by(), FeedbackLimits.MAX_USER_CHARS, true);
        List<FeedbackEntry> current = files.current(answer.file()).stream()
                .filter(entry -> answer.rep().isEmpty() || sameUser(entry.user(), answer.rep().get()))
                .toList();
        if (current.isEmpty()) {
            throw new InvalidFeedbackException(answer.rep().map(rep -> rep.strip() + " has no feedback on this file to answer.")
                    .orElse("Nobody has feedback on this file to answer."));
        }
        TeamFolderReach.Reach reach = reach(teamFolder);
        if (!reach.usable()) {
            throw new CollateralException(unreachable(reach));
        }
        ResponderRole.whyNot(teamFolder).ifPresent(why -> {
            throw new InvalidFeedbackException(why);
        });
        Instant now = clock.instant();
        List<FeedbackResponse> responses = new ArrayList<>();
        for (FeedbackEntry entry : current) {
            Instant at = EventTimes.after(now, entry.at());
            responses.add(new FeedbackResponse(UUID.randomUUID(), entry.contentHash(), entry.id(), entry.user(),
                    answer.by(), at, answer.status(), answer.note(), answer.fixedBy(), answer.fixedByHash()));
        }
        database.write(connection -> ResponseTable.insertNew(connection, responses, true));
        return responses;
    }

    /** Whether this user may answer feedback shared through the team folder. */
    public boolean mayAnswer(Path teamFolder) {
        return standing(teamFolder).kind() == Standing.Kind.MAY_ANSWER;
    }

    /**
     * Why this user cannot answer now, in one sentence (the team folder cannot be reached, it has no responses
     * folder yet, or this user may not write it), or empty when they can.
     */
    public Optional<String> whyNotAnswer(Path teamFolder) {
        return Optional.ofNullable(standing(teamFolder).why());
    }

    /**
     * Whether this user can answer now, and if not, whether that passes (the team folder cannot be reached, or
     * has no responses folder yet) or is their role (they may not write the responses folder: a rep).
     *
     * @param why the sentence why not, or null when they may answer
     */
    public record Standing(Kind kind, String why) {

        public enum Kind { MAY_ANSWER, NOT_NOW, READ_ONLY }
    }

    /** This user's {@link Standing} for answering through the team folder; touches the folder (background threads). */
    public Standing standing(Path teamFolder) {
        TeamFolderReach.Reach reach = reach(teamFolder);
        if (!reach.usable()) {
            return new Standing(Standing.Kind.NOT_NOW, unreachable(reach));
        }
        Optional<String> whyNot = ResponderRole.whyNot(teamFolder);
        if (whyNot.isEmpty()) {
            return new Standing(Standing.Kind.MAY_ANSWER, null);
        }
        return new Standing(ResponderRole.hasResponsesFolder(teamFolder) ? Standing.Kind.READ_ONLY
                : Standing.Kind.NOT_NOW, whyNot.get());
    }

    /** Answering never makes the team folder: the first sync with it does. */
    private TeamFolderReach.Reach reach(Path teamFolder) {
        return TeamFolderReach.reach(database, teamFolder.toAbsolutePath().normalize(), false);
    }

    private static String unreachable(TeamFolderReach.Reach reach) {
        return reach.problem() + "; answer once it is back.";
    }

    /** The response of each answered entry on a content: its latest answer, by the entry's id. */
    public Map<UUID, FeedbackResponse> responsesOn(String contentHash) {
        return latestByEntry(database.read(connection -> ResponseTable.of(connection, contentHash)));
    }

    /** The response of every answered entry, by the entry's id. */
    public Map<UUID, FeedbackResponse> allResponses() {
        return latestByEntry(database.read(ResponseTable::all));
    }

    /**
     * Answers to this rep's feedback they have not read yet, oldest first (not those they gave themselves: their
     * own answer is no news to them, and shows in the file's history only), each with the sentence the
     * window shows: "Marketing answered your feedback on Pricing Deck v1: addressed — use Pricing Deck v2",
     * the files named as {@link #notices} finds them in {@code index}.
     */
    public List<AnswerNotice> unread(String rep, IndexedContents index) {
        Set<UUID> read = database.read(ResponseTable::readIds);
        List<FeedbackResponse> unread = new ArrayList<>();
        for (FeedbackResponse response : allResponses().values()) {
            if (sameUser(response.rep(), rep) && !response.ownAnswer() && !read.contains(response.id())) {
                unread.add(response);
            }
        }
        unread.sort(FeedbackResponse.ORDER);
        return notices(unread, index);
    }

    /**
     * The answers on a file's feedback, newest first: on its content and on the contents it carries from
     * before an edit in place ({@link FeedbackByFile#contentsOf}), as its feedback history shows them.
     */
    public List<AnswerNotice> onFile(KnownFile file, IndexedContents index) {
        List<String> contents = repository.byFile(index).contentsOf(file);
        List<FeedbackResponse> answers = new ArrayList<>();
        for (String content : contents) {
            answers.addAll(responsesOn(content).values());
        }
        answers.sort(FeedbackResponse.ORDER.reversed());
        return notices(answers, index);
    }

    /**
     * The notices of these answers, in the same order, each naming the files where {@code index} has them now
     * (the one rule the window's notice and history and {@code feedback list} follow): the file the feedback
     * is on, and the file that fixes it, are found by their content, so a renamed, moved or (for the feedback's
     * file) edited file is named as it is now and its link opens it. A file the index does not have is named
     * where this computer last saw its content, else where feedback on it was given, else as marketing gave it.
     */
    public List<AnswerNotice> notices(List<FeedbackResponse> responses, IndexedContents index) {
        if (responses.isEmpty()) {
            return List.of();
        }
        Set<String> contents = new HashSet<>();
        responses.forEach(response -> {
            contents.add(response.contentHash());
            if (response.fixedByHash() != null) {
                contents.add(response.fixedByHash());
            }
        });
        Map<String, List<String>> paths = index.pathsOf(contents);
        FeedbackByFile files = repository.byFile(index);
        List<AnswerNotice> notices = new ArrayList<>();
        for (FeedbackResponse response : responses) {
            String about = pathNow(response.contentHash(), null, paths, files).orElse(response.contentHash());
            String fix = response.fixedByHash() == null ? response.fixedBy()
                    : pathNow(response.fixedByHash(), response.fixedBy(), paths, files).orElse(response.fixedBy());
            notices.add(new AnswerNotice(response, about, fix));
        }
        return notices;
    }

    /**
     * Where the file with this content is now: an indexed file that has it ({@code named} if it is one of them,
     * else the first by path), else the file carrying it from before an edit in place, else where this
     * computer last saw it or feedback on it was given.
     */
    private Optional<String> pathNow(String content, String named, Map<String, List<String>> paths, FeedbackByFile files) {
        List<String> holding = paths.getOrDefault(content, List.of());
        if (!holding.isEmpty()) {
            return Optional.of(holding.contains(named) ? named : holding.getFirst());
        }
        return files.carrierOf(content).or(() -> repository.lastKnownPath(content));
    }

    /** The rep has read these answers: they are not told again. */
    public void markRead(Collection<UUID> responseIds) {
        if (responseIds.isEmpty()) {
            return;
        }
        database.write(connection -> {
            ResponseTable.markRead(connection, responseIds);
            return null;
        });
    }

    private static Map<UUID, FeedbackResponse> latestByEntry(List<FeedbackResponse> inOrder) {
        Map<UUID, FeedbackResponse> latest = new LinkedHashMap<>();
        inOrder.forEach(response -> latest.put(response.answers(), response));
        return latest;
    }

    static boolean sameUser(String a, String b) {
        return TeamLogFiles.logFileName(a).equals(TeamLogFiles.logFileName(b));
    }
}
