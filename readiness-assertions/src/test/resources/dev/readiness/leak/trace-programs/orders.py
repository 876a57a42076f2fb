import json

def parse_order(body):
    return json.loads(body)

def handle(body):
    order = parse_order(body)
    return order["total"] / order["count"]

handle('{"total": 1,')
