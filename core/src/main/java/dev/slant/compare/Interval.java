package dev.slant.compare;

/**
 * An estimate with its 95% bootstrap interval.
 *
 * @param estimate the point estimate
 * @param low the lower end of the interval
 * @param high the upper end of the interval
 * @param evidence how many observations it rests on
 */
public record Interval(double estimate, double low, double high, int evidence) {}
