import os
from fastapi import FastAPI
from motor.motor_asyncio import AsyncIOMotorClient

MONGO_USER = os.environ.get('MONGO_USER')
MONGO_PASSWORD = os.getenv("MONGO_PASSWORD")
SECRET_KEY = os.environ["SECRET_KEY"]

app = FastAPI()
client = AsyncIOMotorClient(f"mongodb://{MONGO_USER}:{MONGO_PASSWORD}@mongo:27017")
