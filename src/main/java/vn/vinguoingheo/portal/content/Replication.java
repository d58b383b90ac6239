package vn.vinguoingheo.portal.content;

import java.util.List;

/**
 * What someone in another commune needs to copy a model. {@code suggestedBy} names who proposed the
 * steps when they are not the model's own way of working (e.g. "Ban biên tập"), so readers can tell.
 */
public record Replication(String conditions, String cost, List<String> steps, String contact, String suggestedBy) {
}
