package fr.gouv.ptce.launcher.infra;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A read-only web mailbox over {@link MailStore}:
 * <ul>
 *   <li>{@code GET /} the list, newest first; {@code GET /messages/{id}} one mail; {@code /messages/{id}.eml} raw</li>
 *   <li>{@code GET /api/messages[?to=address]} the same as JSON: id, date, from, to[], subject, text</li>
 *   <li>{@code GET /api/health} answers once the infra process is ready</li>
 *   <li>{@code POST /api/smtp/stop}, {@code POST /api/smtp/start}: closes or reopens the SMTP
 *       listener, mail kept (fault tests). The server listens on the loopback interface only.</li>
 * </ul>
 */
final class MailboxServer {

    /** What the control endpoints act on. */
    interface SmtpControl {
        void stop();

        void start() throws Exception;
    }

    private final MailStore store;
    private final SmtpControl smtp;
    private final HttpServer server;

    MailboxServer(MailStore store, SmtpControl smtp, int port) throws IOException {
        this.store = store;
        this.smtp = smtp;
        this.server = HttpServer.create(new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String requested = exchange.getRequestURI().getPath();
            if ("POST".equals(exchange.getRequestMethod()) && requested.startsWith("/api/smtp/")) {
                control(exchange, requested.substring("/api/smtp/".length()));
                return;
            }
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, "text/plain", "read-only mailbox");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getRawQuery();
            if (path.equals("/api/health")) {
                send(exchange, 200, "application/json", "{\"status\":\"UP\"}");
            } else if (path.equals("/api/messages")) {
                send(exchange, 200, "application/json", json(filter(store.all(), param(query, "to"))));
            } else if (path.equals("/") || path.equals("/index.html")) {
                send(exchange, 200, "text/html; charset=utf-8", listPage(store.all()));
            } else if (path.startsWith("/messages/")) {
                String id = path.substring("/messages/".length());
                boolean raw = id.endsWith(".eml");
                Path file = store.file(raw ? id.substring(0, id.length() - 4) : id);
                if (file == null) {
                    send(exchange, 404, "text/plain", "no such message");
                } else if (raw) {
                    send(exchange, 200, "message/rfc822", Files.readString(file, StandardCharsets.ISO_8859_1));
                } else {
                    send(exchange, 200, "text/html; charset=utf-8", messagePage(store.read(file).orElseThrow()));
                }
            } else {
                send(exchange, 404, "text/plain", "not found");
            }
        } catch (RuntimeException | Error e) {
            // Logged, or the client only sees its connection closed without an answer.
            InfraMain.log("mailbox error: " + e);
        }
    }

    private void control(HttpExchange exchange, String action) throws IOException {
        try {
            switch (action) {
                case "stop" -> smtp.stop();
                case "start" -> smtp.start();
                default -> {
                    send(exchange, 404, "text/plain", "not found");
                    return;
                }
            }
            send(exchange, 200, "application/json", "{\"smtp\":\"" + action + "\"}");
        } catch (Exception e) {
            InfraMain.log("SMTP " + action + " failed: " + e);
            send(exchange, 500, "text/plain", "SMTP " + action + " failed: " + e.getMessage());
        }
    }

    private static List<MailStore.Mail> filter(List<MailStore.Mail> mails, String to) {
        if (to == null || to.isBlank()) {
            return mails;
        }
        String wanted = to.toLowerCase(Locale.ROOT);
        return mails.stream().filter(m -> m.to().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).contains(wanted)))
                .toList();
    }

    private static String param(String rawQuery, String name) {
        if (rawQuery == null) {
            return null;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    static String json(List<MailStore.Mail> mails) {
        StringBuilder out = new StringBuilder("[");
        for (MailStore.Mail m : mails) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append("{\"id\":").append(quote(m.id()))
                    .append(",\"date\":").append(quote(m.date().toString()))
                    .append(",\"from\":").append(quote(m.from()))
                    .append(",\"to\":[");
            for (int i = 0; i < m.to().size(); i++) {
                out.append(i == 0 ? "" : ",").append(quote(m.to().get(i)));
            }
            out.append("],\"subject\":").append(quote(m.subject()))
                    .append(",\"text\":").append(quote(m.text()))
                    .append(",\"messageId\":").append(quote(m.messageId())).append('}');
        }
        return out.append(']').toString();
    }

    static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String listPage(List<MailStore.Mail> mails) {
        StringBuilder page = new StringBuilder(head("PTCE — mail sent by the platform"));
        page.append("<h1>Mail sent by the platform</h1><p>").append(mails.size())
                .append(" message(s), newest first. JSON: <a href=\"/api/messages\">/api/messages</a></p>")
                .append("<table><tr><th>Date (UTC)</th><th>To</th><th>Subject</th><th>From</th></tr>");
        for (MailStore.Mail m : mails) {
            page.append("<tr><td>").append(html(m.date().toString())).append("</td><td>")
                    .append(html(String.join(", ", m.to()))).append("</td><td><a href=\"/messages/")
                    .append(m.id()).append("\">").append(html(m.subject().isBlank() ? "(no subject)" : m.subject()))
                    .append("</a></td><td>").append(html(m.from())).append("</td></tr>");
        }
        return page.append("</table></body></html>").toString();
    }

    private static String messagePage(MailStore.Mail m) {
        return head(m.subject()) + "<p><a href=\"/\">← all mail</a> · <a href=\"/messages/" + m.id()
                + ".eml\">raw .eml</a></p><h1>" + html(m.subject()) + "</h1><p><b>From</b> " + html(m.from())
                + "<br><b>To</b> " + html(String.join(", ", m.to())) + "<br><b>Date</b> " + html(m.date().toString())
                + "</p><pre>" + html(m.text()) + "</pre></body></html>";
    }

    private static String head(String title) {
        return "<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + html(title)
                + "</title><style>body{font-family:sans-serif;margin:2em}td,th{padding:4px 10px;text-align:left;"
                + "border-bottom:1px solid #ddd}pre{white-space:pre-wrap;background:#f6f6f6;padding:1em}</style>"
                + "</head><body>";
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(type.startsWith("message/") ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type.contains("charset") || type.startsWith("message/")
                ? type : type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
