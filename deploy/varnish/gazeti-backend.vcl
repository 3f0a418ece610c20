# The Next server Varnish fetches from (npm start: PORT, 3000 by default). Probed through the
# health route, so a stale copy is served for up to a day while it is down.
backend default {
    .host = "127.0.0.1";
    .port = "3000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .between_bytes_timeout = 10s;
    .probe = {
        .url = "/api/health";
        .interval = 5s;
        .timeout = 2s;
        .window = 5;
        .threshold = 3;
        .initial = 3;
    }
}
