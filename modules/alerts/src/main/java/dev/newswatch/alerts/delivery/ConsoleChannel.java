package dev.newswatch.alerts.delivery;

import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one INFO line per alert to the SLF4J logger {@value #LOGGER_NAME}, for local runs and demos:
 * {@code ALERT [<subscription id>] [<tags>] <title> — <url> (<reason>)}. Always reports delivered.
 * Line breaks in feed-supplied text are flattened, so an article cannot forge extra log lines.
 */
public final class ConsoleChannel implements DeliveryChannel {

  /** The channel type served. */
  public static final String TYPE = "console";
  /** The logger alerts are written to; route it to its own appender to get a plain alert stream. */
  public static final String LOGGER_NAME = "newswatch.alerts.console";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);

  @Override
  public DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
    LOG.info("ALERT [{}] [{}] {} — {} ({})", oneLine(alert.subscriptionId()), oneLine(String.join(", ", alert.tags())),
        oneLine(alert.title()), oneLine(alert.url()), oneLine(alert.reason()));
    return DeliveryResult.delivered();
  }

  @Override
  public String type() {
    return TYPE;
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\p{Cntrl}+", " ").strip();
  }
}
