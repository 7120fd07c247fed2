package com.buildappswith.booking.web.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A response whose body is kept in memory until the request is done, so that it can be both sent and remembered.
 * Headers and the status go to the real response as they are set; an error or a redirect goes there at once too (the
 * server renders its error page or sends the redirect itself), and then nothing is kept.
 */
final class CapturedResponse extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16 * 1024);
    private PrintWriter writer;
    private ServletOutputStream stream;
    private int status = SC_OK;
    private boolean passedOn;
    private boolean setCookie;

    CapturedResponse(HttpServletResponse response) {
        super(response);
    }

    /** The body written so far, and nothing sent yet. */
    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** Whether the answer went to the real response on its own (an error page, a redirect). */
    boolean passedOn() {
        return passedOn;
    }

    boolean setCookie() {
        return setCookie;
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setStatus(int status) {
        this.status = status;
        super.setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
        passedOn = true;
        this.status = status;
        super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
        passedOn = true;
        this.status = status;
        super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        passedOn = true;
        this.status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(Cookie cookie) {
        setCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        setCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        setCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (writer != null) {
            throw new IllegalStateException("getWriter() was called already.");
        }
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("A captured response is written blocking.");
                }

                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) {
                    body.write(bytes, offset, length);
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (stream != null) {
            throw new IllegalStateException("getOutputStream() was called already.");
        }
        if (writer == null) {
            writer = new PrintWriter(new OutputStreamWriter(body, Charset.forName(getCharacterEncoding())));
        }
        return writer;
    }

    /** Nothing is sent before the request is done: the body may still be remembered. */
    @Override
    public void flushBuffer() {
        if (writer != null) {
            writer.flush();
        }
    }

    @Override
    public boolean isCommitted() {
        return passedOn || super.isCommitted();
    }

    @Override
    public void resetBuffer() {
        super.resetBuffer();
        clear();
    }

    @Override
    public void reset() {
        super.reset();
        status = SC_OK;
        clear();
    }

    private void clear() {
        if (writer != null) {
            writer.flush();
        }
        body.reset();
    }

    @Override
    public void setContentLength(int length) {
        // The filter says the length of what it sends.
    }

    @Override
    public void setContentLengthLong(long length) {
        // The filter says the length of what it sends.
    }
}
