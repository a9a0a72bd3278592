package org.collateralfinder.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One version of a named, ordered set of files ("Healthcare pitch kit"): every change to a collection records it
 * whole again, as an event that is never changed, and the latest version (by time, then id) of a collection is the
 * collection. A collection belongs to its author: only their versions count (another's line naming it starts a
 * collection of their own). Its files are kept by content, with the path each had, so a member is found again after
 * a rename, a move or an edit in place.
 *
 * @param id          this version's id
 * @param collection  the collection's id, the same in all its versions
 * @param author      who made it, the owner of the log it travels in once shared
 * @param description what it is for, or null
 * @param shared      whether it travels through the team folder (a collection is personal until shared)
 * @param deleted     whether this version deletes it
 * @param files       its files, in order
 */
public record FileCollection(UUID id, UUID collection, String author, Instant at, String name, String description,
                             boolean shared, boolean deleted, List<Member> files) {

    /** A file of a collection: its content, and where it was when the version was recorded. */
    public record Member(String contentHash, String path) {

        public Member {
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(path, "path");
        }
    }

    public FileCollection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(name, "name");
        files = List.copyOf(files);
    }

    /** The same version with other files (what a change is computed on). */
    public FileCollection withFiles(List<Member> others) {
        return new FileCollection(id, collection, author, at, name, description, shared, deleted, others);
    }

    /** The order every copy of the app agrees on: time, then id as text. */
    public static final Comparator<FileCollection> ORDER = Comparator.comparing(FileCollection::at)
            .thenComparing(version -> version.id().toString());
}
