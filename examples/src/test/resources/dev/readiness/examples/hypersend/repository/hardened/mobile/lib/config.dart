const apiBaseUrl = String.fromEnvironment('API_BASE_URL');
const wsUrl = String.fromEnvironment('WS_URL');
