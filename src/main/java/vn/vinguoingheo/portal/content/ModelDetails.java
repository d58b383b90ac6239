package vn.vinguoingheo.portal.content;

import java.util.List;
import vn.vinguoingheo.portal.registry.Area;
import vn.vinguoingheo.portal.registry.Stage;

/** What only a model has: where it works, its type and stage, and how to replicate it. */
public record ModelDetails(
        String locality,
        List<ModelType> modelTypes,
        Stage stage,
        Integer recognised,
        List<String> organisations,
        String challenge,
        String beneficiaries,
        List<String> lessons,
        List<KeyFigure> figures,
        Replication replication,
        List<Area> replicatedIn) implements Entry.Details {
}
