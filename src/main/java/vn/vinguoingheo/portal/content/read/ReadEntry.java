package vn.vinguoingheo.portal.content.read;

import java.util.List;
import java.util.Optional;
import vn.vinguoingheo.portal.content.Entry;
import vn.vinguoingheo.portal.content.Problem;

/** One entry file as read: the entry, when it could be made, and the file's own problems. */
record ReadEntry(Optional<Entry> entry, List<Problem> problems) {
}
