word = 'hey'
letter = word[10]
