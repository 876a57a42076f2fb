package dev.readiness.http;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;

/** Performs one WebSocket handshake with OkHttp's client, closing the socket as soon as it opens. */
final class WebSocketHandshaker {

  private WebSocketHandshaker() {}

  static WebSocketHandshake attempt(OkHttpClient client, ProbeRequest request, Duration remaining) {
    Request.Builder builder = new Request.Builder();
    try {
      builder.url(request.url().toString());
      for (HttpHeader h : request.headers().lines()) {
        builder.addHeader(h.name(), h.value());
      }
    } catch (IllegalArgumentException e) {
      throw new ProbeException("cannot send " + request + ": " + e.getMessage(), e);
    }
    CompletableFuture<WebSocketHandshake> result = new CompletableFuture<>();
    WebSocket socket = client.newBuilder().callTimeout(remaining).build().newWebSocket(builder.build(),
        new WebSocketListener() {
          @Override
          public void onOpen(WebSocket webSocket, Response response) {
            result.complete(new WebSocketHandshake(request, response.code(), location(response), ""));
            webSocket.close(1000, "readiness probe");
          }

          @Override
          public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            String why = FailureText.of(t);
            result.complete(response == null
                ? new WebSocketHandshake(request, 0, Optional.empty(), why)
                : new WebSocketHandshake(request, response.code(), location(response), why));
          }
        });
    try {
      return result.get(remaining.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      socket.cancel();
      throw new ProbeException(request + " failed: no handshake answer within the check's remaining deadline of "
          + remaining.toMillis() + " ms", e);
    } catch (InterruptedException e) {
      socket.cancel();
      Thread.currentThread().interrupt();
      throw new ProbeException(request + " was interrupted", e);
    } catch (ExecutionException e) {
      throw new ProbeException(request + " failed: " + FailureText.of(e.getCause()), e.getCause());
    }
  }

  private static Optional<String> location(Response response) {
    return Optional.ofNullable(response.header("Location"));
  }
}
