package vn.vinguoingheo.portal.content.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import vn.vinguoingheo.portal.content.DecisionDetails;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Kind;
import vn.vinguoingheo.portal.content.Location;
import vn.vinguoingheo.portal.content.Problems;
import vn.vinguoingheo.portal.content.ResultFigure;
import vn.vinguoingheo.portal.content.StoryDetails;

/** The rules that span files: unique slugs, references that lead somewhere, results that agree. */
public final class CrossChecks {

    private final Problems problems;

    public CrossChecks(Problems problems) {
        this.problems = problems;
    }

    public void check(List<Entry> entries, List<ResultFigure> results) {
        Map<Key, Entry> bySlug = uniqueSlugs(entries);
        for (Entry entry : entries) {
            if (!entry.related().isEmpty() || entry.details() instanceof StoryDetails || entry.details() instanceof DecisionDetails) {
                references(entry).forEach(ref -> checkReference(entry, ref, bySlug));
            }
        }
        checkConflicts(results);
    }

    /** An entry's kind and slug: its identity, and its path. A record, so that the slug's cached hash is used. */
    private record Key(Kind kind, String slug) {
        Key {
            Objects.requireNonNull(kind);
        }
    }

    private Map<Key, Entry> uniqueSlugs(List<Entry> entries) {
        Map<Key, Entry> bySlug = new HashMap<>();
        for (Entry entry : entries) {
            Entry previous = bySlug.putIfAbsent(key(entry.kind(), entry.slug()), entry);
            if (previous != null) {
                problems.error(Location.startOf(entry.sourcePath()), "đường dẫn \"" + entry.slug() + "\" trùng với "
                        + previous.sourcePath() + "; đổi tên một trong hai tệp");
            }
        }
        return bySlug;
    }

    private static Stream<Entry.Reference> references(Entry entry) {
        Stream<Entry.Reference> own = entry.related().stream();
        if (entry.details() instanceof StoryDetails story) {
            return Stream.of(own, story.models().stream(), story.decisions().stream()).flatMap(s -> s);
        }
        if (entry.details() instanceof DecisionDetails decision && decision.replacedBy() != null) {
            return Stream.concat(own, Stream.of(decision.replacedBy()));
        }
        return own;
    }

    private void checkReference(Entry from, Entry.Reference ref, Map<Key, Entry> bySlug) {
        Entry target = bySlug.get(key(ref.kind(), ref.slug()));
        if (target == null) {
            List<String> sameKind = bySlug.values().stream().filter(e -> e.kind() == ref.kind()).map(Entry::slug).toList();
            problems.error(ref.location(), "không có bài " + ref.kind().folder() + "/" + ref.slug()
                    + Suggestions.hint(ref.slug(), sameKind));
        } else if (target.draft() && !from.draft()) {
            problems.warn(ref.location(), ref.kind().folder() + "/" + ref.slug() + " đang là bản nháp; liên kết sẽ không hiện");
        }
    }

    private void checkConflicts(List<ResultFigure> results) {
        Map<List<Object>, ResultFigure> seen = new HashMap<>();
        for (ResultFigure figure : results) {
            List<Object> key = Arrays.asList(figure.area().code(), figure.locality(), figure.indicator().code(),
                    figure.when(), figure.kind(), figure.standard());
            ResultFigure previous = seen.putIfAbsent(key, figure);
            if (previous != null && previous.value().compareTo(figure.value()) != 0) {
                problems.error(figure.location(), "số liệu mâu thuẫn: " + figure.indicator().code() + " của "
                        + figure.area().code() + (figure.locality() == null ? "" : " (" + figure.locality() + ")")
                        + " năm " + figure.when() + " là " + figure.value().toPlainString() + " ở đây nhưng "
                        + previous.value().toPlainString() + " ở " + previous.location());
            }
        }
    }

    private static Key key(Kind kind, String slug) {
        return new Key(kind, slug);
    }
}
