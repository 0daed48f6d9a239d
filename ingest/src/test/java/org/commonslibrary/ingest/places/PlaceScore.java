package org.commonslibrary.ingest.places;

import java.util.Locale;

/** Micro-averaged counts of predicted places against labelled ones. */
final class PlaceScore {

    int truePositives;
    int falsePositives;
    int falseNegatives;
    int passages;

    void add(PlaceScore other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
        passages += other.passages;
    }

    /** 1 when nothing was predicted: no prediction was wrong. */
    double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : (double) truePositives / predicted;
    }

    /** 1 when nothing was labelled: no label was missed. */
    double recall() {
        int labelled = truePositives + falseNegatives;
        return labelled == 0 ? 1.0 : (double) truePositives / labelled;
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    String summary() {
        return String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f  (%d passages, %d labelled, "
                        + "%d predicted, %d correct)", precision(), recall(), f1(), passages,
                truePositives + falseNegatives, truePositives + falsePositives, truePositives);
    }
}
