export const API_URL = process.env.REACT_APP_API_URL;
export const TURN_SERVERS = JSON.parse(process.env.REACT_APP_TURN_SERVERS || '[]');
