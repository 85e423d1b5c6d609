package dev.brickapi.runtime.testing;

import dev.brickapi.runtime.auth.BrowserOpener;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A browser for OAuth login tests: it asks for the authorization page (served by a test's loopback workspace) and
 * follows its redirect to the client's redirect listener, as a user's browser does after the login, on another
 * thread, so {@link #open} returns at once. It records every address it was sent to and the final page.
 */
public final class FollowingBrowser implements BrowserOpener {
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
  private final List<URI> opened = new ArrayList<>();
  private final List<CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();

  @Override
  public synchronized void open(URI url) {
    opened.add(url);
    pages.add(http.sendAsync(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString()));
  }

  public synchronized List<URI> opened() {
    return new ArrayList<>(opened);
  }

  /** The page the browser ended on after its last login (the redirect listener's answer). */
  public HttpResponse<String> lastPage() throws Exception {
    CompletableFuture<HttpResponse<String>> last;
    synchronized (this) {
      last = pages.get(pages.size() - 1);
    }
    return last.get();
  }
}
