package vn.vinguoingheo.portal.content;

import java.util.List;

/** What someone in another commune needs to copy a model. */
public record Replication(String conditions, String cost, List<String> steps, String contact) {
}
