package io.netspec.measure;

import io.netspec.core.ScenarioError;

import java.util.Locale;

/**
 * The Wilson score interval for a proportion: the range of true rates that would make the
 * observed {@code successes} out of {@code trials} unsurprising at the given confidence. Better
 * than the normal approximation near 0 or 1 and for small samples.
 */
public record Wilson(long successes, long trials, double confidence, double low, double high) {

    public static Wilson interval(long successes, long trials, double confidence) {
        if (trials <= 0 || successes < 0 || successes > trials) {
            throw ScenarioError.of("a proportion of " + successes + " out of " + trials
                    + "; expected 0 <= successes <= trials and trials > 0");
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw ScenarioError.of("a confidence of " + confidence * 100 + "%; expected above 0% and below 100%");
        }
        double z = Normal.quantile(1 - (1 - confidence) / 2);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Wilson(successes, trials, confidence, Math.max(0, centre - half), Math.min(1, centre + half));
    }

    public double observed() {
        return (double) successes / trials;
    }

    public boolean contains(double rate) {
        return rate >= low && rate <= high;
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d of %d (%.3f%%); %.4g%% confidence interval %.3f%% to %.3f%%",
                successes, trials, observed() * 100, confidence * 100, low * 100, high * 100);
    }
}
