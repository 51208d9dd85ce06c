print(f'{"text":d}')
