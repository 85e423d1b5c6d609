package dev.brickapi.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The floor: one kept-alive blocking socket that writes precomputed request bytes and reads a
 * Content-Length response into a reused buffer. No HTTP library, no header map, no threads.
 */
public final class SocketClient implements AutoCloseable {

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;
  private byte[] buf = new byte[64 * 1024];
  private int length;

  public SocketClient(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
  }

  public static byte[] get(String target) {
    return ("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer x\r\nAccept: application/json\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** Sends the request; the body of the answer is then {@link #body()}[0, {@link #length()}). */
  public void exchange(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    long contentLength = -1;
    StringBuilder line = new StringBuilder(128);
    String status = readLine(line);
    if (status == null || !status.startsWith("HTTP/1.1 200")) {
      throw new IOException("unexpected answer: " + status);
    }
    String h;
    while ((h = readLine(line)) != null && !h.isEmpty()) {
      if (h.regionMatches(true, 0, "Content-Length:", 0, 15)) {
        contentLength = Long.parseLong(h.substring(15).trim());
      }
    }
    if (contentLength < 0) {
      throw new IOException("no Content-Length");
    }
    if (buf.length < contentLength) {
      buf = Arrays.copyOf(buf, (int) contentLength);
    }
    int n = 0;
    while (n < contentLength) {
      int r = in.read(buf, n, (int) contentLength - n);
      if (r < 0) {
        throw new IOException("truncated body");
      }
      n += r;
    }
    length = n;
  }

  public byte[] body() {
    return buf;
  }

  public int length() {
    return length;
  }

  private String readLine(StringBuilder line) throws IOException {
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
    return null;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
