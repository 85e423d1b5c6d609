package dev.brickapi.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 for the benchmarks: one thread per connection, keep-alive, request
 * bodies read into a reused buffer and discarded, responses written from precomputed bytes. Every client
 * (ours, the official SDK, raw java.net.http, the bare socket) talks to the same server. It ignores
 * {@code Upgrade: h2c}, so java.net.http clients asking for HTTP/2 fall back to HTTP/1.1.
 */
public final class LoopbackServer implements AutoCloseable {

  /** Answers one request: the full response bytes (status line, headers and body). */
  public interface Handler {
    byte[] respond(String method, String target, long bodyBytes);
  }

  private final ServerSocket server;
  private final Handler handler;
  private final Thread acceptor;
  private volatile boolean closed;
  /** Request body bytes received over the server's life (DBFS uploads are checked against it). */
  public final AtomicLong bodyBytesReceived = new AtomicLong();
  public final AtomicLong requests = new AtomicLong();
  /** Connections accepted: a client that reconnects per call shows here. */
  public final AtomicLong connections = new AtomicLong();

  public LoopbackServer(Handler handler) throws IOException {
    this.handler = handler;
    this.server = new ServerSocket();
    server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    acceptor = new Thread(this::accept, "loopback-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public int port() {
    return server.getLocalPort();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  /** A complete 200 response with a JSON body. */
  public static byte[] json(byte[] body) {
    return response(200, "application/json", body);
  }

  public static byte[] response(int status, String contentType, byte[] body) {
    byte[] head = ("HTTP/1.1 " + status + (status == 200 ? " OK" : " Error") + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private void accept() {
    while (!closed) {
      try {
        Socket s = server.accept();
        s.setTcpNoDelay(true);
        connections.incrementAndGet();
        Thread t = new Thread(() -> serve(s), "loopback-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        if (!closed) {
          e.printStackTrace();
        }
      }
    }
  }

  private void serve(Socket socket) {
    byte[] discard = new byte[64 * 1024];
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
      OutputStream out = socket.getOutputStream();
      StringBuilder line = new StringBuilder(256);
      while (true) {
        String requestLine = readLine(in, line);
        if (requestLine == null) {
          return;
        }
        if (requestLine.isEmpty()) {
          continue;
        }
        long contentLength = 0;
        boolean chunked = false;
        boolean close = false;
        String header;
        while ((header = readLine(in, line)) != null && !header.isEmpty()) {
          int colon = header.indexOf(':');
          if (colon <= 0) {
            continue;
          }
          String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
          String value = header.substring(colon + 1).trim();
          if (name.equals("content-length")) {
            contentLength = Long.parseLong(value);
          } else if (name.equals("transfer-encoding") && value.toLowerCase(Locale.ROOT).contains("chunked")) {
            chunked = true;
          } else if (name.equals("connection") && value.equalsIgnoreCase("close")) {
            close = true;
          }
        }
        if (header == null) {
          return;
        }
        long body = chunked ? skipChunked(in, line, discard) : skip(in, contentLength, discard);
        bodyBytesReceived.addAndGet(body);
        requests.incrementAndGet();
        int sp1 = requestLine.indexOf(' ');
        int sp2 = requestLine.indexOf(' ', sp1 + 1);
        String method = requestLine.substring(0, sp1);
        String target = requestLine.substring(sp1 + 1, sp2 < 0 ? requestLine.length() : sp2);
        out.write(handler.respond(method, target, body));
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (IOException e) {
      // the client went away
    }
  }

  private static long skip(InputStream in, long n, byte[] buf) throws IOException {
    long left = n;
    while (left > 0) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, left));
      if (r < 0) {
        throw new IOException("truncated body");
      }
      left -= r;
    }
    return n;
  }

  private static long skipChunked(InputStream in, StringBuilder line, byte[] buf) throws IOException {
    long total = 0;
    while (true) {
      String size = readLine(in, line);
      if (size == null) {
        throw new IOException("truncated chunk");
      }
      int semi = size.indexOf(';');
      long n = Long.parseLong((semi < 0 ? size : size.substring(0, semi)).trim(), 16);
      if (n == 0) {
        String trailer;
        while ((trailer = readLine(in, line)) != null && !trailer.isEmpty()) {
          // trailers are ignored
        }
        return total;
      }
      total += skip(in, n, buf);
      readLine(in, line);
    }
  }

  private static String readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        int len = line.length();
        if (len > 0 && line.charAt(len - 1) == '\r') {
          line.setLength(len - 1);
        }
        return line.toString();
      }
      line.append((char) c);
    }
    return line.length() == 0 ? null : line.toString();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
  }
}
