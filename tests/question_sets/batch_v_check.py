"""Optional checks (needs pint): units parse, given numbers appear in text."""
import json, re, sys
import pint
ureg = pint.UnitRegistry()
items = json.load(open('batch_v.json'))
bad = 0
for q in items:
    try:
        ureg.Unit(q['unit'])
    except Exception as ex:
        print('UNIT FAIL', q['id'], q['unit'], ex); bad += 1
    for k, v in q['given'].items():
        num, _, un = v.partition(' ')
        try:
            float(num); ureg.Quantity(float(num), un)
        except Exception as ex:
            print('GIVEN FAIL', q['id'], k, v, ex); bad += 1
        n = num.lstrip('-')
        if n not in q['text'].replace(',', ''):
            print('WARN number not in text', q['id'], k, v)
    for k in q['irrelevant']:
        assert k in q['given']
    if q['outcome'] == 'value':
        assert isinstance(q['expected'], float)
print('bad', bad)
