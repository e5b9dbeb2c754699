/**
 * Metrics that plan targets measure, and the national floors they are compared with.
 *
 * <p>{@link io.github.reformplan.metric.MetricCatalogue} recognises a metric from a target's wording
 * ({@code Tỷ lệ giao dịch thanh toán trực tuyến ...} is {@code online-payment-rate});
 * {@link io.github.reformplan.metric.Floors} holds the national minimum for a metric in a year. Both
 * ship as data ({@code io/github/reformplan/data/metrics.yaml} and {@code floors.yaml}) and can be
 * extended or overridden by configuration. The quantities themselves are read by
 * {@link io.github.reformplan.text.TargetParser}.
 */
package io.github.reformplan.metric;
