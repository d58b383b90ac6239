package vn.vinguoingheo.portal.content;

import java.util.List;

/** What only a story has: its byline and the entries it reports on. */
public record StoryDetails(String author, List<Entry.Reference> models, List<Entry.Reference> decisions)
        implements Entry.Details {
}
