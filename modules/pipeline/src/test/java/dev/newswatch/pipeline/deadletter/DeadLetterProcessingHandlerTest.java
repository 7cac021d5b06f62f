package dev.newswatch.pipeline.deadletter;

import dev.newswatch.pipeline.PipelineMetrics;
import dev.newswatch.pipeline.PipelineTestSettings;
import dev.newswatch.pipeline.dedup.DedupStage;
import dev.newswatch.testkit.MetricValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Topics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProcessorStateException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadLetterProcessingHandlerTest {

  private static final byte[] SOURCE_KEY = "https://minsk-monitor.example/tombstone".getBytes(StandardCharsets.UTF_8);
  private static final FakeErrorHandlerContext CONTEXT = new FakeErrorHandlerContext(
      Topics.ARTICLES_RAW, 3, 17L, DedupStage.URL.processorName(), SOURCE_KEY, null);

  @TempDir
  Path stateDir;

  private PrometheusRegistry registry;
  private DeadLetterProcessingHandler handler;

  @BeforeEach
  void configureHandler() {
    registry = new PrometheusRegistry();
    handler = new DeadLetterProcessingHandler();
    handler.configure(PipelineTestSettings.handlerConfig(registry));
  }

  @Test
  void deadLettersSourceRecordOfFailedProcessorAndResumes() {
    Response response = handler.handleError(CONTEXT, new Record<>("k", null, 0L),
        new IllegalArgumentException("record has no article value"));

    assertThat(response.result()).isEqualTo(Result.RESUME);
    DeadLetter letter = JsonCodec.fromBytes(response.deadLetterQueueRecords().getFirst().value(), DeadLetter.class);
    assertThat(letter.reason()).startsWith("failed in dedup-by-url: java.lang.IllegalArgumentException");
    assertThat(letter.partition()).isEqualTo(3);
    assertThat(letter.offset()).isEqualTo(17L);
    assertThat(Base64.getDecoder().decode(letter.keyBase64())).isEqualTo(SOURCE_KEY);
    assertThat(MetricValues.value(registry, "newswatch_pipeline_dead_letters", "stage", PipelineMetrics.STAGE_PROCESSING)).isEqualTo(1);
  }

  @Test
  void failsInsteadOfDeadLetteringKafkaStreamsOwnFailures() {
    for (Exception streamsFailure : new Exception[] {
        new StreamsException("Error encountered sending record to topic newswatch.articles.v1"),
        new ProcessorStateException("Error while putting key into store dedup-url-store")}) {
      Response response = handler.handleError(CONTEXT, new Record<>("k", "v", 0L), streamsFailure);

      assertThat(response.result()).isEqualTo(Result.FAIL);
      assertThat(response.deadLetterQueueRecords()).isEmpty();
    }
    assertThat(MetricValues.value(registry, "newswatch_pipeline_dead_letters", "stage", PipelineMetrics.STAGE_PROCESSING)).isZero();
  }

  // A record collector failure surfaces inside the processor that forwarded to the sink, so Kafka
  // Streams hands it to the processing handler. When the production handler said FAIL (here Kafka's
  // default one, for a serialization error), dead-lettering it would overrule that decision.
  @Test
  void leavesProductionHandlerFailureFatal() {
    PrometheusRegistry streamsRegistry = new PrometheusRegistry();
    Properties properties = PipelineTestSettings.driverProperties("processing-handler-test", stateDir,
        new PipelineMetrics(streamsRegistry));
    properties.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DefaultProductionExceptionHandler.class);

    try (TopologyTestDriver driver = new TopologyTestDriver(
        DeadLetterProductionHandlerTest.sinkThatRefusesPoison(), properties)) {
      TestInputTopic<String, String> in = driver.createInputTopic(
          Topics.ARTICLES_RAW, new StringSerializer(), new StringSerializer());
      TestOutputTopic<String, String> dlq = driver.createOutputTopic(
          Topics.PIPELINE_DLQ, new StringDeserializer(), new StringDeserializer());

      assertThatThrownBy(() -> in.pipeInput("k1", "poison pill")).isInstanceOf(StreamsException.class);

      assertThat(dlq.isEmpty()).isTrue();
      assertThat(MetricValues.value(streamsRegistry, "newswatch_pipeline_dead_letters", "stage", PipelineMetrics.STAGE_PROCESSING)).isZero();
    }
  }
}
