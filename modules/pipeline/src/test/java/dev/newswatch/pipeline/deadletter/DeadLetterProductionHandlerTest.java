package dev.newswatch.pipeline.deadletter;

import dev.newswatch.pipeline.PipelineMetrics;
import dev.newswatch.pipeline.PipelineTestSettings;
import dev.newswatch.pipeline.StreamsSettings;
import dev.newswatch.pipeline.story.ClusterStage;
import dev.newswatch.testkit.MetricValues;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.newswatch.model.DeadLetter;
import dev.newswatch.model.JsonCodec;
import dev.newswatch.model.Topics;
import dev.newswatch.testkit.RecordSchemas;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class DeadLetterProductionHandlerTest {

  private static final byte[] SOURCE_KEY = "https://baltic-wire.example/world/pardon-16".getBytes(StandardCharsets.UTF_8);
  private static final byte[] SOURCE_VALUE = "{\"title\":\"Lukashenko pardons 16\"}".getBytes(StandardCharsets.UTF_8);
  private static final FakeErrorHandlerContext CONTEXT = new FakeErrorHandlerContext(
      "pipeline-articles-by-guid-repartition", 2, 41L, ClusterStage.SINK, SOURCE_KEY, SOURCE_VALUE);

  @TempDir
  Path stateDir;

  private PrometheusRegistry registry;
  private DeadLetterProductionHandler handler;

  @BeforeEach
  void configureHandler() {
    registry = new PrometheusRegistry();
    handler = new DeadLetterProductionHandler();
    handler.configure(PipelineTestSettings.handlerConfig(registry));
  }

  @Test
  void deadLettersSourceRecordWhoseOutputCannotBeSerializedAndResumes() {
    ProducerRecord<String, Object> output = new ProducerRecord<>(Topics.ARTICLES, "a1b2", new Object());

    Response response = handler.handleSerializationError(CONTEXT, output,
        new SerializationException("cannot encode EnrichedArticle"), SerializationExceptionOrigin.VALUE);

    assertThat(response.result()).isEqualTo(Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).singleElement().satisfies(record -> {
      assertThat(record.topic()).isEqualTo(Topics.PIPELINE_DLQ);
      assertThat(record.key()).isEqualTo(SOURCE_KEY);
      assertThat(RecordSchemas.violations(Topics.PIPELINE_DLQ_SPEC, record.value())).isEmpty();
      DeadLetter letter = JsonCodec.fromBytes(record.value(), DeadLetter.class);
      assertThat(letter.sourceTopic()).isEqualTo("pipeline-articles-by-guid-repartition");
      assertThat(letter.partition()).isEqualTo(2);
      assertThat(letter.offset()).isEqualTo(41L);
      assertThat(letter.reason())
          .startsWith("cannot serialize value for " + Topics.ARTICLES + ": ")
          .contains(SerializationException.class.getName());
      assertThat(Base64.getDecoder().decode(letter.keyBase64())).isEqualTo(SOURCE_KEY);
      assertThat(Base64.getDecoder().decode(letter.valueBase64())).isEqualTo(SOURCE_VALUE);
    });
    assertThat(MetricValues.value(registry, "newswatch_pipeline_dead_letters", "stage", PipelineMetrics.STAGE_PRODUCTION)).isEqualTo(1);
  }

  @Test
  void namesKeyAsTheUnserializablePart() {
    Response response = handler.handleSerializationError(CONTEXT, new ProducerRecord<>(Topics.ARTICLES, 7, "v"),
        new ClassCastException("Integer cannot be cast to String"), SerializationExceptionOrigin.KEY);

    DeadLetter letter = JsonCodec.fromBytes(response.deadLetterQueueRecords().getFirst().value(), DeadLetter.class);
    assertThat(letter.reason()).startsWith("cannot serialize key for " + Topics.ARTICLES);
  }

  @Test
  void retriesTaskWhenSendFailsWithRetriableError() {
    Response response = handler.handleError(CONTEXT, sent(), new TimeoutException("delivery timed out"));

    assertThat(response.result()).isEqualTo(Result.RETRY);
    assertThat(response.deadLetterQueueRecords()).isEmpty();
    assertThat(MetricValues.value(registry, "newswatch_pipeline_dead_letters", "stage", PipelineMetrics.STAGE_PRODUCTION)).isZero();
  }

  @Test
  void failsWithWarningWhenSendFailsWithNonRetriableError() {
    Logger logger = (Logger) LoggerFactory.getLogger(DeadLetterProductionHandler.class);
    ListAppender<ILoggingEvent> logs = new ListAppender<>();
    logs.start();
    logger.addAppender(logs);
    try {
      Response response = handler.handleError(CONTEXT, sent(), new RecordTooLargeException("too large"));

      assertThat(response.result()).isEqualTo(Result.FAIL);
      assertThat(response.deadLetterQueueRecords()).isEmpty();
      assertThat(MetricValues.value(registry, "newswatch_pipeline_dead_letters", "stage", PipelineMetrics.STAGE_PRODUCTION)).isZero();
      assertThat(logs.list).singleElement().satisfies(event -> {
        assertThat(event.getLevel()).isEqualTo(Level.WARN);
        assertThat(event.getFormattedMessage())
            .contains(Topics.ARTICLES, RecordTooLargeException.class.getName(), "failing the stream thread")
            .doesNotContain("too large");
      });
    } finally {
      logger.detachAppender(logs);
    }
  }

  @Test
  void refusesConfigWithoutMetrics() {
    assertThatThrownBy(() -> new DeadLetterProductionHandler().configure(Map.of()))
        .hasMessageContaining(StreamsSettings.METRICS_CONFIG);
  }

  @Test
  void streamsDeadLettersSinkSerializationErrorAndContinuesUnderPipelineSettings() {
    PrometheusRegistry streamsRegistry = new PrometheusRegistry();
    Properties properties = PipelineTestSettings.driverProperties("production-handler-test", stateDir,
        new PipelineMetrics(streamsRegistry));

    try (TopologyTestDriver driver = new TopologyTestDriver(sinkThatRefusesPoison(), properties)) {
      TestInputTopic<String, String> in = driver.createInputTopic(
          Topics.ARTICLES_RAW, new StringSerializer(), new StringSerializer());
      TestOutputTopic<String, String> out = driver.createOutputTopic(
          Topics.ARTICLES, new StringDeserializer(), new StringDeserializer());
      TestOutputTopic<String, DeadLetter> dlq = driver.createOutputTopic(
          Topics.PIPELINE_DLQ, Topics.keySerde().deserializer(), Topics.deadLetterSerde().deserializer());

      in.pipeInput("k1", "poison pill");
      in.pipeInput("k2", "fine");

      DeadLetter letter = dlq.readValue();
      assertThat(letter.sourceTopic()).isEqualTo(Topics.ARTICLES_RAW);
      assertThat(letter.offset()).isZero();
      assertThat(letter.reason()).startsWith("cannot serialize value for " + Topics.ARTICLES);
      assertThat(new String(Base64.getDecoder().decode(letter.valueBase64()), StandardCharsets.UTF_8))
          .isEqualTo("poison pill");
      assertThat(dlq.isEmpty()).isTrue();
      assertThat(out.readValuesToList()).containsExactly("fine");
      assertThat(MetricValues.value(streamsRegistry, "newswatch_pipeline_dead_letters", "stage", PipelineMetrics.STAGE_PRODUCTION)).isEqualTo(1);
      assertThat(MetricValues.value(streamsRegistry, "newswatch_pipeline_dead_letters", "stage", PipelineMetrics.STAGE_PROCESSING)).isZero();
    }
  }

  /** Source → pass-through processor → sink whose value serializer rejects values containing "poison". */
  static Topology sinkThatRefusesPoison() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(Topics.ARTICLES_RAW, Consumed.with(Serdes.String(), Serdes.String()))
        .mapValues(value -> value, Named.as("pass-through"))
        .to(Topics.ARTICLES, Produced.with(Serdes.String(), Serdes.serdeFrom(
            (topic, value) -> {
              if (value.contains("poison")) {
                throw new SerializationException("refusing " + value);
              }
              return value.getBytes(StandardCharsets.UTF_8);
            },
            new StringDeserializer())));
    return builder.build();
  }

  private static ProducerRecord<byte[], byte[]> sent() {
    return new ProducerRecord<>(Topics.ARTICLES, "a1b2".getBytes(StandardCharsets.UTF_8), new byte[] {'{', '}'});
  }
}
