package dev.newswatch.alerts.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.newswatch.alerts.delivery.DeliveryResult.Outcome;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class ConsoleChannelTest {

  private final Logger logger = (Logger) LoggerFactory.getLogger(ConsoleChannel.LOGGER_NAME);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  @BeforeEach
  void capture() {
    appender.start();
    logger.addAppender(appender);
  }

  @AfterEach
  void release() {
    logger.detachAppender(appender);
  }

  @Test
  void writesOneInfoLinePerAlert() {
    Alert alert = new Alert("0f", "releases", "4e14", "US eases sanctions on Belavia\nafter Minsk frees 14 prisoners",
        "https://balticwire.example/world/us-eases-belavia-sanctions-after-releases", null,
        List.of("sanctions", "pardon"), List.of(), "tagged sanctions (eases sanctions)", null, Instant.EPOCH);

    DeliveryResult result = new ConsoleChannel().deliver(alert, new Subscription.Channel("console", null, null));

    assertThat(result.outcome()).isEqualTo(Outcome.DELIVERED);
    assertThat(appender.list).singleElement().satisfies(event -> {
      assertThat(event.getLevel().toString()).isEqualTo("INFO");
      assertThat(event.getFormattedMessage()).isEqualTo("ALERT [releases] [sanctions, pardon] "
          + "US eases sanctions on Belavia after Minsk frees 14 prisoners — "
          + "https://balticwire.example/world/us-eases-belavia-sanctions-after-releases (tagged sanctions (eases sanctions))");
    });
  }
}
