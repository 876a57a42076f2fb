const express = require('express');
const mongoose = require('mongoose');

const app = express();
mongoose.connect(process.env.MONGO_URI);
const { JWT_SECRET, UPLOAD_DIR } = process.env;
app.listen(process.env.PORT || 5000);
