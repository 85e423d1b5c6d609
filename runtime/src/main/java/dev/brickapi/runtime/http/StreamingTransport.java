package dev.brickapi.runtime.http;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * The default transport's streaming path: requests with an {@link UploadBody} are sent from its stream, and answers
 * a {@link BinaryResponse} stands for keep their body on the connection, dropped rather than drained when closed
 * early. Every other request goes to feign-hc5 on the same pooled client.
 */
final class StreamingTransport implements Client {
  private final CloseableHttpClient http;
  private final Client plain;

  StreamingTransport(CloseableHttpClient http, Client plain) {
    this.http = http;
    this.plain = plain;
  }

  /**
   * A transport the caller configured ({@code Config.builder().client(...)}), which takes Feign's byte arrays only:
   * an upload body is read into one before it is sent, so with such a client uploads are held in memory whole.
   */
  static Client buffering(Client delegate) {
    return (request, options) -> {
      UploadBody upload = UploadBody.of(request);
      if (upload == null) {
        return delegate.execute(request, options);
      }
      Map<String, Collection<String>> headers = new LinkedHashMap<>(request.headers());
      headers.remove(UploadBody.HANDLE);
      byte[] bytes;
      try (InputStream in = upload.open(request)) {
        bytes = in.readAllBytes();
      }
      return delegate.execute(Request.create(request.httpMethod(), request.url(), headers, bytes, null,
          request.requestTemplate()), options);
    };
  }

  /** Whether {@code request} takes this path: an upload stream or a streamed answer. */
  static boolean streams(Request request) {
    return request.headers().containsKey(UploadBody.HANDLE) || BinaryResponse.expectedBy(request);
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    if (!streams(request)) {
      return plain.execute(request, options);
    }
    UploadBody upload = UploadBody.of(request);
    HttpUriRequestBase outgoing;
    try {
      outgoing = toRequest(request, upload);
    } catch (URISyntaxException e) {
      throw new IOException("URL '" + request.url() + "' couldn't be parsed into a URI", e);
    }
    HttpClientContext context = HttpClientContext.create();
    context.setRequestConfig(RequestConfig.custom()
        .setRedirectsEnabled(options.isFollowRedirects())
        .setResponseTimeout(Timeout.of(options.readTimeout(), options.readTimeoutUnit()))
        .build());
    ClassicHttpResponse answer;
    try {
      answer = http.executeOpen(HttpHost.create(URI.create(request.url())), outgoing, context);
    } finally {
      HttpEntity sent = outgoing.getEntity();
      if (sent != null && upload != null) {
        sent.close();
      }
    }
    return toResponse(answer, outgoing, request);
  }

  private static HttpUriRequestBase toRequest(Request request, UploadBody upload)
      throws URISyntaxException, IOException {
    HttpUriRequestBase builder = new HttpUriRequestBase(request.httpMethod().name(), new URIBuilder(request.url()).build());
    boolean accept = false;
    for (Map.Entry<String, Collection<String>> header : request.headers().entrySet()) {
      String name = header.getKey();
      if (name.equalsIgnoreCase("Content-Length") || name.equalsIgnoreCase(UploadBody.HANDLE)) {
        continue;
      }
      accept |= name.equalsIgnoreCase("Accept");
      header.getValue().forEach(value -> builder.addHeader(name, value));
    }
    if (!accept) {
      builder.addHeader("Accept", "*/*");
    }
    if (upload != null) {
      InputStream in = upload.open(request);
      builder.setEntity(new InputStreamEntity(in, upload.length(), null));
    } else if (request.body() != null) {
      builder.setEntity(new org.apache.hc.core5.http.io.entity.ByteArrayEntity(request.body(), null));
    }
    return builder;
  }

  private static Response toResponse(ClassicHttpResponse answer, HttpUriRequestBase sent, Request request) {
    Map<String, Collection<String>> headers = new LinkedHashMap<>();
    for (Header header : answer.getHeaders()) {
      headers.computeIfAbsent(header.getName(), k -> new ArrayList<>()).add(header.getValue());
    }
    HttpEntity entity = answer.getEntity();
    return Response.builder()
        .status(answer.getCode())
        .reason(answer.getReasonPhrase())
        .headers(headers)
        .request(request)
        .body(entity == null ? null : new StreamedBody(entity, answer, sent))
        .build();
  }

  /**
   * The answer's body on its connection. Read to its end, the connection goes back to the pool; closed before,
   * the connection is closed (a multi-gigabyte download abandoned early is not read to its end first).
   */
  private static final class StreamedBody implements Response.Body {
    private final HttpEntity entity;
    private final ClassicHttpResponse answer;
    private final HttpUriRequestBase sent;
    private volatile boolean ended;
    private InputStream content;

    StreamedBody(HttpEntity entity, ClassicHttpResponse answer, HttpUriRequestBase sent) {
      this.entity = entity;
      this.answer = answer;
      this.sent = sent;
    }

    @Override
    public Integer length() {
      long n = entity.getContentLength();
      return n >= 0 && n <= Integer.MAX_VALUE ? (int) n : null;
    }

    @Override
    public boolean isRepeatable() {
      return false;
    }

    @Override
    public synchronized InputStream asInputStream() throws IOException {
      if (content == null) {
        content = new java.io.FilterInputStream(entity.getContent()) {
          @Override
          public int read() throws IOException {
            int b = super.read();
            ended |= b < 0;
            return b;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            ended |= n < 0;
            return n;
          }

          @Override
          public void close() throws IOException {
            StreamedBody.this.close();
          }
        };
      }
      return content;
    }

    @Override
    public java.io.Reader asReader() throws IOException {
      return asReader(StandardCharsets.UTF_8);
    }

    @Override
    public java.io.Reader asReader(java.nio.charset.Charset charset) throws IOException {
      return new java.io.InputStreamReader(asInputStream(), charset);
    }

    @Override
    public void close() throws IOException {
      if (!ended && entity.getContentLength() != 0) {
        ended = true;
        sent.cancel(); // closes the connection at once; closing the answer would read the rest first
      }
      try {
        answer.close();
      } catch (IOException e) {
        // after a cancel the connection is gone, which is what was asked
      }
    }
  }
}
