package dev.helmoci.tck.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Durations of one measurement, in milliseconds; the median is what the report compares. */
final class Samples {
  private final List<Double> millis = new ArrayList<>();

  void add(double value) {
    millis.add(value);
  }

  int count() {
    return millis.size();
  }

  double median() {
    if (millis.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
  }

  double min() {
    return millis.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  double max() {
    return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  /** {@code a / b} rounded to three places, or NaN when either is missing. */
  static double ratio(double a, double b) {
    return b > 0 && !Double.isNaN(a) ? Math.round(a / b * 1000) / 1000.0 : Double.NaN;
  }
}
