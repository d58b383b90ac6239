package vn.vinguoingheo.portal.content;

import java.util.List;
import java.util.Optional;

/** One entry file as read: the entry, when it could be made, and the file's own problems. */
record ReadEntry(Optional<Entry> entry, List<Problem> problems) {
}
