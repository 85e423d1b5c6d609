package dev.brickapi.runtime.auth;

import java.io.IOException;
import java.net.URI;

/**
 * Shows the authorization page of an {@code external-browser} login to the user. The default,
 * {@link BrowserLogin#defaults()}, opens the desktop's browser; tests and applications with their own UI give
 * another one ({@link BrowserLogin#withOpener}).
 */
@FunctionalInterface
public interface BrowserOpener {

  /**
   * Opens {@code authorizationUrl}. Returns at once: the login completes when the browser is redirected to the
   * loopback address in the URL's {@code redirect_uri}, which is served only after this method returned.
   */
  void open(URI authorizationUrl) throws IOException;
}
