package dev.newswatch.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body into memory but cancels the exchange as soon as more than a fixed number of
 * bytes arrived, so an endless or huge response costs at most that much memory and bandwidth.
 */
final class CappedBodySubscriber implements BodySubscriber<byte[]> {

  /** The body was larger than the cap; carries the cap so the message can say it. */
  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(long maxBytes) {
      super("response body exceeds " + maxBytes + " bytes");
    }
  }

  /**
   * A subscriber that takes no body at all: it cancels at once and yields an empty array, so the
   * body of an error page or a redirect is never downloaded.
   */
  static BodySubscriber<byte[]> none() {
    CappedBodySubscriber subscriber = new CappedBodySubscriber(0, -1);
    subscriber.result.complete(new byte[0]);
    return subscriber;
  }

  private final long maxBytes;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
  private Flow.Subscription subscription;
  private long received;

  /**
   * @param maxBytes      the cap
   * @param declaredBytes the Content-Length the server announced, or -1; over the cap fails at once
   */
  CappedBodySubscriber(long maxBytes, long declaredBytes) {
    this.maxBytes = maxBytes;
    if (declaredBytes > maxBytes) {
      result.completeExceptionally(new BodyTooLargeException(maxBytes));
    }
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    this.subscription = s;
    if (result.isDone()) {
      s.cancel();
    } else {
      s.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    if (result.isDone()) {
      return;
    }
    for (ByteBuffer item : items) {
      received += item.remaining();
      if (received > maxBytes) {
        subscription.cancel();
        result.completeExceptionally(new BodyTooLargeException(maxBytes));
        return;
      }
      byte[] chunk = new byte[item.remaining()];
      item.get(chunk);
      buffer.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable throwable) {
    result.completeExceptionally(throwable);
  }

  @Override
  public void onComplete() {
    result.complete(buffer.toByteArray());
  }
}
