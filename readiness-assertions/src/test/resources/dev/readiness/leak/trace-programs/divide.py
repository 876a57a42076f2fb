def average(values):
    return sum(values) / len(values)

def report(rows):
    return {"mean": average(rows)}

report([])
