const wsUrl = String.fromEnvironment("WS_URL");
