package dev.newswatch.alerts.delivery;

import dev.newswatch.alerts.DeliverySettings;
import dev.newswatch.model.Alert;
import dev.newswatch.model.Subscription;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends alerts by SMTP (Jakarta Mail, Eclipse Angus): one {@code multipart/alternative} message per alert
 * or digest with a plain-text and an HTML part; every piece of feed text is HTML-escaped in the HTML part
 * and flattened to one line in headers. The {@code Message-ID} is derived from the alert (or digest) id,
 * and {@code X-Newswatch-Alert-Id} carries the id itself, so a resend after a crash is recognisable as the
 * same message.
 *
 * <p>Outcomes: accepted by the server is delivered; a 5xx reply to the recipient or message, or an invalid
 * address, is permanent; connection failures, timeouts, 4xx replies and failed logins (often a transient
 * server problem, and fixable by the operator without losing mail) are retried. Without {@code alerts.smtp}
 * configured every email alert is a permanent failure, which the dead-letter topic records for redelivery
 * once it is. The SMTP password is never logged.
 */
public final class EmailChannel implements DeliveryChannel {

  /** The channel type served. */
  public static final String TYPE = "email";
  /** Carries the alert or digest id, like the webhook header of the same name. */
  public static final String ALERT_ID_HEADER = WebhookChannel.ALERT_ID_HEADER;

  private final DeliverySettings.Smtp smtp;
  private final Session session;
  private final Clock clock;

  /** @param smtp the server, or null when email is not configured */
  public EmailChannel(DeliverySettings.Smtp smtp) {
    this(smtp, Clock.systemUTC());
  }

  EmailChannel(DeliverySettings.Smtp smtp, Clock clock) {
    this.smtp = smtp;
    this.session = smtp == null ? null : Session.getInstance(properties(smtp));
    this.clock = clock;
  }

  @Override
  public DeliveryResult deliver(Alert alert, Subscription.Channel channel) {
    return send(alert.alertId(), AlertText.headline(alert), AlertText.plain(alert),
        AlertText.htmlDocument(AlertText.headline(alert), List.of(alert), 0), channel);
  }

  @Override
  public DeliveryResult deliverDigest(AlertDigest digest, Subscription.Channel channel) {
    String subject = AlertText.digestHeadline(digest);
    return send(digest.digestId(), subject, AlertText.plain(digest),
        AlertText.htmlDocument(subject, digest.alerts(), digest.omitted()), channel);
  }

  @Override
  public String type() {
    return TYPE;
  }

  private DeliveryResult send(String id, String subject, String text, String html, Subscription.Channel channel) {
    String target = channel.target();
    if (session == null) {
      return DeliveryResult.permanentFailure(target + ": email is not configured (alerts.smtp)");
    }
    MimeMessage message;
    try {
      message = message(id, subject, text, html, channel.to());
    } catch (AddressException e) {
      return DeliveryResult.permanentFailure(target + ": not a usable address");
    } catch (MessagingException e) {
      return DeliveryResult.permanentFailure(target + ": cannot build message: " + e.getClass().getSimpleName());
    }
    try {
      if (smtp.username() != null) {
        Transport.send(message, smtp.username(), smtp.password());
      } else {
        Transport.send(message);
      }
      return DeliveryResult.delivered();
    } catch (SendFailedException e) {
      int code = replyCode(e);
      String error = target + ": server refused the message" + (code > 0 ? " (SMTP " + code + ")" : "");
      return code >= 500 || (code <= 0 && e.getInvalidAddresses() != null && e.getInvalidAddresses().length > 0)
          ? DeliveryResult.permanentFailure(error) : DeliveryResult.retry(error);
    } catch (AuthenticationFailedException e) {
      return DeliveryResult.retry(target + ": SMTP login failed");
    } catch (MessagingException e) {
      // Messages may quote server replies with addresses; the type and cause type are enough to act on.
      Exception cause = e.getNextException();
      return DeliveryResult.retry(target + ": " + e.getClass().getSimpleName()
          + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")"));
    }
  }

  private MimeMessage message(String id, String subject, String text, String html, String to)
      throws MessagingException {
    String messageId = "<" + id + "@newswatch>";
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
      }
    };
    message.setFrom(new InternetAddress(smtp.from(), true));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(to, true));
    message.setSubject(AlertText.clean(subject), "UTF-8");
    message.setSentDate(Date.from(clock.instant()));
    message.setHeader(ALERT_ID_HEADER, id);
    MimeBodyPart plain = new MimeBodyPart();
    plain.setText(text, "UTF-8");
    MimeBodyPart rich = new MimeBodyPart();
    rich.setText(html, "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(plain);
    alternative.addBodyPart(rich);
    message.setContent(alternative);
    return message;
  }

  private static int replyCode(SendFailedException e) {
    if (e instanceof SMTPSendFailedException f) {
      return f.getReturnCode();
    }
    if (e instanceof SMTPAddressFailedException f) {
      return f.getReturnCode();
    }
    if (e.getNextException() instanceof SendFailedException next && next != e) {
      return replyCode(next);
    }
    return -1;
  }

  private static Properties properties(DeliverySettings.Smtp smtp) {
    Properties props = new Properties();
    // Plain "smtp" for all: implicit TLS is its ssl.enable switch, so Transport.send's default protocol fits.
    String prefix = "mail.smtp.";
    props.put(prefix + "host", smtp.host());
    props.put(prefix + "port", Integer.toString(smtp.port()));
    String millis = Long.toString(smtp.timeout().toMillis());
    props.put(prefix + "connectiontimeout", millis);
    props.put(prefix + "timeout", millis);
    props.put(prefix + "writetimeout", millis);
    props.put(prefix + "auth", Boolean.toString(smtp.username() != null));
    if (smtp.startTls()) {
      props.put(prefix + "starttls.enable", "true");
      props.put(prefix + "starttls.required", "true");
    }
    if (smtp.ssl()) {
      props.put(prefix + "ssl.enable", "true");
      props.put(prefix + "ssl.checkserveridentity", "true");
    }
    props.put("mail.mime.charset", "UTF-8");
    return props;
  }
}
