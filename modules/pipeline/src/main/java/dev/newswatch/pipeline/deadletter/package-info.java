/**
 * The pipeline's Kafka Streams exception handlers, which send records that cannot be read, processed or
 * serialized to {@code newswatch.pipeline.dlq.v1} as {@link dev.newswatch.model.DeadLetter}s. Public only
 * because Kafka Streams creates them by class name. See "Errors: dead letters" in the module's
 * {@code DESIGN.md}.
 */
package dev.newswatch.pipeline.deadletter;
