package vn.vinguoingheo.portal.content.read;

import java.util.Map;
import vn.vinguoingheo.portal.content.Indicator;
import vn.vinguoingheo.portal.content.ModelType;
import vn.vinguoingheo.portal.registry.AreaRegistry;

/** The vocabularies entries are checked against: areas, model types and indicators. */
record Taxonomies(AreaRegistry areas, Map<String, ModelType> modelTypes, Map<String, Indicator> indicators) {
}
