// Puts one <talk-board src="?post"> on talkboard.html (the bench page of the real element).
const board = document.createElement('talk-board');
board.setAttribute('src', new URLSearchParams(location.search).get('post'));
document.getElementById('board').append(board);
