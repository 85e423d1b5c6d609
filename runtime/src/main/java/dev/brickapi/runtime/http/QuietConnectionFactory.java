package dev.brickapi.runtime.http;

import java.io.IOException;
import java.net.Socket;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import org.apache.hc.client5.http.impl.io.DefaultHttpResponseParserFactory;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.DefaultContentLengthStrategy;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;
import org.apache.hc.core5.http.impl.io.DefaultHttpRequestWriterFactory;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The connections of the default transport. Apache HttpClient's own connections print every request header
 * (the {@code Authorization} header with it) to the logger {@code org.apache.hc.client5.http.headers}, and
 * every byte sent and received (bodies holding client secrets and secret values) to
 * {@code org.apache.hc.client5.http.wire}, as soon as an application enables DEBUG for them or for a parent
 * such as the root logger. These connections do the same HTTP/1.1 work and log nothing, whatever the logging
 * configuration; the runtime's own redacted log ({@code dev.brickapi.runtime.http}) tells what was sent.
 * Each connection also tells the call's {@link CallDeadline} which connection carries the current attempt.
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {
  static final QuietConnectionFactory INSTANCE = new QuietConnectionFactory();

  private QuietConnectionFactory() {}

  @Override
  public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
    QuietConnection connection = new QuietConnection();
    if (socket != null) {
      connection.bind(socket);
    }
    return connection;
  }

  private static final class QuietConnection extends DefaultBHttpClientConnection implements ManagedHttpClientConnection {
    private volatile Timeout socketTimeout = Timeout.ZERO_MILLISECONDS;

    QuietConnection() {
      super(Http1Config.DEFAULT, null, null, DefaultContentLengthStrategy.INSTANCE,
          DefaultContentLengthStrategy.INSTANCE, DefaultHttpRequestWriterFactory.INSTANCE,
          DefaultHttpResponseParserFactory.INSTANCE);
    }

    @Override
    public void bind(Socket socket) throws IOException {
      super.bind(new SocketHolder(socket));
      socketTimeout = Timeout.ofMilliseconds(socket.getSoTimeout());
    }

    @Override
    public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
      super.bind(new SocketHolder(sslSocket, socket));
      socketTimeout = Timeout.ofMilliseconds(sslSocket.getSoTimeout());
    }

    @Override
    public void sendRequestHeader(ClassicHttpRequest request) throws HttpException, IOException {
      CallDeadline.attach(() -> close(CloseMode.IMMEDIATE));
      super.sendRequestHeader(request);
    }

    @Override
    public Socket getSocket() {
      SocketHolder holder = getSocketHolder();
      return holder == null ? null : holder.getSocket();
    }

    @Override
    public SSLSession getSSLSession() {
      Socket socket = getSocket();
      return socket instanceof SSLSocket ? ((SSLSocket) socket).getSession() : null;
    }

    @Override
    public void setSocketTimeout(Timeout timeout) {
      super.setSocketTimeout(timeout);
      socketTimeout = timeout;
    }

    @Override
    public void passivate() {
      super.setSocketTimeout(Timeout.ZERO_MILLISECONDS);
    }

    @Override
    public void activate() {
      super.setSocketTimeout(socketTimeout);
    }
  }
}
