package io.spotcheck.classification;

import io.spotcheck.casefile.FailedItem;
import io.spotcheck.engine.Describable;

/** A failed item that affects health or personal safety (涉及人身健康安全的重要指标不合格). */
public record HealthSafetyFailure(FailedItem item) implements Describable {

    @Override
    public String describe() {
        return "health/safety failure: " + item.item() + " (" + item.standard() + ")";
    }
}
