function parseOrder(body) {
  return JSON.parse(body);
}
function handle(body) {
  const order = parseOrder(body);
  return order.total / order.count;
}
handle('{"total": 1,');
