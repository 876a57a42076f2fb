const rtmpUrl = process.env.YOUTUBE_RTMP_URL;
const streamKey = process.env.YOUTUBE_STREAM_KEY;
module.exports = { target: `${rtmpUrl}/${streamKey}` };
