package dev.newswatch.ingest.fetch;

import dev.newswatch.ingest.fetch.FetchException.Reason;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Waits for an asynchronous HTTP exchange the same way for feed fetches and hub requests: a request that
 * takes too long or is interrupted is cancelled, and every outcome but a response is a {@link FetchException}.
 */
public final class HttpExchange {

  private HttpExchange() {}

  /**
   * The response of {@code future}, waiting at most {@code timeoutNanos}.
   *
   * @param interrupted the message when the waiting thread is interrupted (its interrupt flag is restored)
   * @param timeout     the exception when no response came in time, from the {@link TimeoutException}
   * @param failure     the exception when the exchange failed, from the {@link ExecutionException}
   */
  public static <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> future, long timeoutNanos,
      String interrupted, Function<Throwable, FetchException> timeout,
      Function<ExecutionException, FetchException> failure) throws FetchException {
    try {
      return future.get(timeoutNanos, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw timeout.apply(e);
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new FetchException(Reason.IO, interrupted, 0, e);
    } catch (ExecutionException e) {
      throw failure.apply(e);
    }
  }
}
