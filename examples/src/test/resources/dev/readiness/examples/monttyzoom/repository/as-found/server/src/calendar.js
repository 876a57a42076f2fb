const { google } = require('googleapis');

const oauth = new google.auth.OAuth2(
  process.env.GOOGLE_CLIENT_ID,
  process.env.GOOGLE_CLIENT_SECRET,
  process.env.GOOGLE_REDIRECT_URI,
);
const frontendUrl = process.env.FRONTEND_URL;
module.exports = { oauth, frontendUrl };
